package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.Messages;
import app.docsbridge.devhost.descriptor.ConditionNode;
import app.docsbridge.devhost.descriptor.WebItemModule;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.wiring.Autowirer;
import app.docsbridge.devhost.wiring.ModuleProblems;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptor's {@code <web-item>}s rendered as Confluence does: conditions built with autowiring and
 * {@code init}-ed once, {@code shouldDisplay} per render; the link's {@code $variables} filled in and made
 * context-relative; label and tooltip from i18n. Only the link URL (and the label) are rendered: {@code linkId} is
 * written as it is, as Confluence's {@code DefaultWebLink} does (atlassian-plugins-webfragment-6.0.1
 * {@code DefaultWebLink.java:36,43,67} in ngannk-fptu/Decompiled-Files), so {@code $variables} in it stay literal.
 */
public final class WebItems {

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$!?\\{([\\w.]+)}|\\$!?([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)");

    private record Bound(WebItemModule item, Predicate<Map<String, Object>> condition) {
    }

    private final List<Bound> items = new ArrayList<>();
    private final Messages messages;

    public WebItems(List<WebItemModule> modules, Autowirer autowirer, ClassLoader loader, Messages messages,
                    ModuleProblems problems) {
        this.messages = messages;
        for (WebItemModule module : modules) {
            try {
                Predicate<Map<String, Object>> condition = module.condition()
                        .map(c -> bind(c, autowirer, loader)).orElse(ctx -> true);
                items.add(new Bound(module, condition));
            } catch (RuntimeException | LinkageError e) {
                problems.report("web-item " + module.key(), e);
            }
        }
        items.sort(Comparator.comparingInt(b -> b.item().weight()));
    }

    /** Anchors of {@code section} whose conditions hold for {@code context}; {@code variables} are already URL-encoded. */
    public String render(String section, Map<String, Object> context, Map<String, String> variables, Locale locale) {
        StringBuilder html = new StringBuilder();
        for (Bound bound : items) {
            WebItemModule item = bound.item();
            if (!item.section().equals(section) || !bound.condition().test(context)) {
                continue;
            }
            html.append("<a href=\"").append(Html.escape(link(item.link(), variables))).append('"');
            if (item.linkId() != null && !item.linkId().isBlank()) {
                // Written as it is: Confluence does not render linkId (see the class comment).
                html.append(" id=\"").append(Html.escape(item.linkId().trim())).append('"');
            }
            if (item.styleClass() != null && !item.styleClass().isBlank()) {
                html.append(" class=\"").append(Html.escape(item.styleClass())).append('"');
            }
            if (item.tooltipKey() != null && !item.tooltipKey().isBlank()) {
                html.append(" title=\"").append(Html.escape(messages.text(locale, item.tooltipKey()))).append('"');
            }
            html.append(" data-web-item-key=\"").append(Html.escape(item.key())).append("\">")
                    .append(Html.escape(item.labelKey() == null ? item.key() : messages.text(locale, item.labelKey())))
                    .append("</a>\n");
        }
        return html.toString();
    }

    static String link(String template, Map<String, String> variables) {
        if (template == null) {
            return "#";
        }
        String link = substitute(template, variables);
        return link.startsWith("/") && !link.startsWith("//") ? DevHostUrls.CONTEXT_PATH + link : link;
    }

    static String substitute(String template, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(template.trim());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(name, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Predicate<Map<String, Object>> bind(ConditionNode node, Autowirer autowirer, ClassLoader loader) {
        if (node instanceof ConditionNode.Group group) {
            List<Predicate<Map<String, Object>>> children = group.children().stream()
                    .map(c -> bind(c, autowirer, loader)).toList();
            return ctx -> group.and() ? children.stream().allMatch(p -> p.test(ctx))
                    : children.stream().anyMatch(p -> p.test(ctx));
        }
        ConditionNode.Single single = (ConditionNode.Single) node;
        Predicate<Map<String, Object>> condition = condition(single, autowirer, loader);
        return single.invert() ? condition.negate() : condition;
    }

    /** The plugin framework's life cycle: construct with autowiring, init(params) once, shouldDisplay(ctx) per use. */
    private static Predicate<Map<String, Object>> condition(ConditionNode.Single single, Autowirer autowirer,
                                                            ClassLoader loader) {
        try {
            Object instance = autowirer.create(Class.forName(single.className(), true, loader));
            Method init = instance.getClass().getMethod("init", Map.class);
            Method shouldDisplay = instance.getClass().getMethod("shouldDisplay", Map.class);
            init.invoke(instance, Map.copyOf(single.params()));
            return ctx -> {
                try {
                    return Boolean.TRUE.equals(shouldDisplay.invoke(instance, ctx));
                } catch (InvocationTargetException e) {
                    // The plugin framework logs a failing condition and hides the item.
                    System.err.println("[devhost] condition " + single.className() + " failed: " + e.getCause());
                    return false;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (InvocationTargetException e) {
            throw new WrappedFailure("init of " + single.className() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new WrappedFailure("condition " + single.className() + ": " + e, e);
        }
    }

    /** Carries a checked cause out of the lambdas above. */
    private static final class WrappedFailure extends RuntimeException {
        WrappedFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
