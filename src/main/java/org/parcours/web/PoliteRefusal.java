package org.parcours.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal a person can read: the status, {@code Retry-After}, and a short page in French and English (the
 * request was refused before any page ran, so before the language was known) that says how long to wait and that
 * nothing saved is lost.
 */
final class PoliteRefusal {

    private PoliteRefusal() {
    }

    static void send(HttpServletResponse response, int status, long retryAfterSeconds, String french,
                     String english) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Parcours — un instant / one moment</title></head><body><main>"
                + "<h1>Un instant, s’il vous plaît</h1><p>" + french + "</p>"
                + "<h1 lang=\"en\">One moment, please</h1><p lang=\"en\">" + english + "</p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
