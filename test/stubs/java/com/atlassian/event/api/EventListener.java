package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub (atlassian-event 5.0.2): marks a one-parameter public method that receives every published
 * event assignable to its parameter type (the registry dispatches over the event's whole class hierarchy,
 * {@code internal/ListenerRegistry.java:46-50}, {@code ClassUtils.findAllTypes}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {

    String scope() default "";

    int order() default 0;
}
