package app.docsbridge.devhost.memory;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One node's event bus, as atlassian-event 5.0.2 behaves in Confluence 8.7.2 (ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/internal/}): {@code register} reflects on the
 * listener's public methods ({@code AnnotatedMethodsListenerHandler}: {@code getClass().getMethods()}, so a missing
 * parameter class fails right there with a LinkageError), and takes those annotated {@link EventListener} with one
 * parameter (none is fine; a method annotated with another number of parameters fails); {@code publish} calls, on the publishing thread, every such method whose parameter type is the event's
 * class or any of its superclasses and interfaces ({@code ListenerRegistry.findListenerInvokers},
 * {@code ClassUtils.findAllTypes}); a listener that throws is logged and the others still run
 * ({@code EventPublisherImpl.publish}). Events stay on the node that publishes them, as in a Confluence cluster.
 */
public final class DevEventPublisher implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(DevEventPublisher.class.getName());

    private record Invoker(Object listener, Method method) {
    }

    private final List<Invoker> invokers = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        unregister(listener);
        List<Invoker> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (!method.isAnnotationPresent(EventListener.class)) {
                continue;
            }
            if (method.getParameterCount() != 1) {
                throw new RuntimeException("Method <" + method + "> is annotated with <" + EventListener.class.getName()
                        + "> but has 0 or more than 1 parameters!");
            }
            found.add(new Invoker(listener, method));
        }
        invokers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        invokers.removeIf(i -> i.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        invokers.clear();
    }

    @Override
    public void publish(Object event) {
        Set<Class<?>> types = typesOf(event.getClass());
        for (Invoker invoker : invokers) {
            if (!types.contains(invoker.method().getParameterTypes()[0])) {
                continue;
            }
            try {
                // No setAccessible, as SingleParameterMethodListenerInvoker: the listener's class must be public.
                invoker.method().invoke(invoker.listener(), event);
            } catch (InvocationTargetException e) {
                LOG.log(Level.SEVERE, "listener " + invoker.method() + " failed on " + event, e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.SEVERE, "could not call " + invoker.method(), e);
            }
        }
    }

    /** Listeners registered now (the dev host's tests look). */
    public int listenerCount() {
        return (int) invokers.stream().map(Invoker::listener).distinct().count();
    }

    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            all.add(c);
            addInterfaces(c, all);
        }
        return all;
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> all) {
        for (Class<?> i : type.getInterfaces()) {
            if (all.add(i)) {
                addInterfaces(i, all);
            }
        }
    }
}
