// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.mail;

/**
 * atlassian-mail's message (Confluence 8.7.2, atlassian-mail 5.3.0; the setters return the Email). The multipart
 * setter takes javax.mail (9) or jakarta.mail (10) types, so the app calls it by reflection, never by name here.
 */
public class Email {

    public Email(String to) {
    }

    public Email setSubject(String subject) {
        return this;
    }

    public Email setBody(String body) {
        return this;
    }

    public Email setMimeType(String mimeType) {
        return this;
    }

    public Email setEncoding(String encoding) {
        return this;
    }

    public Email setFromName(String fromName) {
        return this;
    }
}
