package app.docsbridge.devhost.pages;

import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevUser;
import app.docsbridge.devhost.memory.UserDirectory;

/** The list of users, each a link that signs in and returns to {@code returnPath}. */
public final class SignInLinks {

    private SignInLinks() {
    }

    public static String html(UserDirectory users, String returnPath) {
        StringBuilder html = new StringBuilder("<h2>Sign in as</h2>\n<ul class=\"sign-in\">\n");
        for (DevUser user : users.all()) {
            String href = DevHostUrls.CONTEXT_PATH + "/devhost/login?user=" + Html.query(user.username())
                    + "&return=" + Html.query(returnPath);
            html.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(user.user().displayName()))
                    .append("</a> (").append(Html.escape(user.username())).append(", ")
                    .append(user.systemAdmin() ? "system administrator" : !user.licensed() ? "unlicensed: no product access"
                            : user.canEdit() ? "can edit" : "can only view")
                    .append(")</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
