package com.atlassian.event.api;

/**
 * Compile-only stub: the product's event bus (atlassian-event 5.0.2, interface). Imported as a component by
 * Atlassian's Slack integration on Confluence 10.0.1 ({@code ComponentImports.java}).
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
