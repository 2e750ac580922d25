package app.docsbridge.devhost.pages;

/**
 * Confluence 9+'s dark theme ("match browser") as every decorated page gets it: the design tokens apps style with
 * (the whole of @atlaskit/tokens' atlassian-dark theme, {@link DarkTokens}) and the page itself following them. Both
 * the dev host's own pages and the app's decorated pages (the Configure page) carry it, as Confluence's decorator
 * writes the theme into every page it frames.
 */
final class ThemeStyle {

    private ThemeStyle() {
    }

    /** A {@code <style>} element for the page's head. */
    static String element() {
        return """
                <style>
                  @media (prefers-color-scheme: dark) {
                    :root { color-scheme: dark; --ds-surface: #1F1F21; --ds-surface-sunken: #18191A; --ds-text: #CECFD2;
                      --ds-text-subtle: #A9ABAF; --ds-border: #E3E4F21F; --ds-background-neutral: #CECED912;
                      --ds-background-neutral-hovered: #E3E4F21F; --ds-border-focused: #8FB8F6; --ds-link: #669DF1; }
                    :root { %s }
                    body { background: var(--ds-surface); color: var(--ds-text); }
                    main a { color: var(--ds-link); }
                    td, th { border-bottom-color: var(--ds-border); }
                  }
                </style>
                """.formatted(DarkTokens.DECLARATIONS);
    }
}
