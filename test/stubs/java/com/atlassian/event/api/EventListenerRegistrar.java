package com.atlassian.event.api;

/**
 * Compile-only stub (atlassian-event 5.0.2 in Confluence 8.7.2, ngannk-fptu/Decompiled-Files
 * {@code com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListenerRegistrar.java}).
 * {@code register}/{@code unregister} are called through {@link EventPublisher} by Atlassian's Slack integration
 * compiled against Confluence 10.0.1 ({@code AutoSubscribingEventListener}).
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
