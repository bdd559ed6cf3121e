namespace Concord.Hub.Errors;

/// <summary>The kind of an expected failure, which the server maps to an HTTP status.</summary>
public enum HubErrorKind
{
    /// <summary>The input is invalid (HTTP 422, or 400 for an unparseable request).</summary>
    Invalid,

    /// <summary>The target does not exist, or the caller may not know that it exists (HTTP 404).</summary>
    NotFound,

    /// <summary>The input conflicts with stored state (HTTP 409).</summary>
    Conflict,

    /// <summary>The caller's role does not allow the operation (HTTP 403).</summary>
    Forbidden,
}

/// <summary>An expected failure (house style R13): a stable <see cref="Code"/> from <see cref="HubErrorCodes"/>,
/// its template arguments, and a message for people.</summary>
/// <param name="Code">A constant of <see cref="HubErrorCodes"/>.</param>
/// <param name="Kind">How the failure maps to a protocol status.</param>
/// <param name="Message">The filled-in message template.</param>
/// <param name="Arguments">The template arguments, in order (tests assert these).</param>
public sealed record HubError(string Code, HubErrorKind Kind, string Message, IReadOnlyList<string> Arguments)
{
    /// <summary>Creates an error whose message is built from the arguments.</summary>
    public static HubError Create(string code, HubErrorKind kind, string message, params string[] arguments) =>
        new(code, kind, message, arguments);
}
