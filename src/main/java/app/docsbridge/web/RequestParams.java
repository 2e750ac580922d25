package app.docsbridge.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.OptionalLong;

/** Parsing of query parameters: bad input is absent input. */
final class RequestParams {

    private RequestParams() {
    }

    static OptionalLong positiveLong(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty() || value.length() > 19 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long parsed = Long.parseLong(value);
        return parsed > 0 ? OptionalLong.of(parsed) : OptionalLong.empty();
    }
}
