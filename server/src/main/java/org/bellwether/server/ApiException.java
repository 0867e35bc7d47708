package org.bellwether.server;

/**
 * An error the API answers with {@code {"error":{"code","message"}}} and {@code status}; every failure becomes one in
 * {@link ApiServer}'s single error mapping.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private ApiException(int status, String code, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** This error telling the client to try again in {@code seconds} ({@code Retry-After}). */
    ApiException retryAfter(long seconds) {
        return new ApiException(status, code, getMessage(), seconds);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Seconds to wait before trying again, or 0 when a retry would not help. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
