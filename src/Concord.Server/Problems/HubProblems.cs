using Concord.Hub.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Problems;

/// <summary>Turns hub errors into RFC 9457 problem details carrying the stable code (house style R15).</summary>
internal static class HubProblems
{
    /// <summary>The <c>type</c> URI documenting an error code.</summary>
    public static string TypeUri(string code) => $"https://concord.dev/errors/{code}";

    /// <summary>Writes a problem straight to the response, for middleware and authentication handlers that answer
    /// outside an endpoint.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Type = TypeUri(code),
                Extensions = { ["code"] = code },
            },
        }).ConfigureAwait(false);
    }

    /// <summary>One problem for one or more errors: the first error's code when there is one kind of error,
    /// with every error listed under <c>errors</c> as <c>{code, arguments, detail}</c>.</summary>
    public static ProblemHttpResult From(IReadOnlyList<HubError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        HubError first = errors[0];
        int status = first.Kind switch
        {
            HubErrorKind.Invalid => StatusCodes.Status422UnprocessableEntity,
            HubErrorKind.NotFound => StatusCodes.Status404NotFound,
            HubErrorKind.Conflict => StatusCodes.Status409Conflict,
            HubErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => throw new ArgumentOutOfRangeException(nameof(errors), first.Kind, null),
        };
        return Create(status, first.Code, Title(status), errors.Count == 1 ? first.Message : $"{errors.Count} problems found.",
            new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new ErrorItem(e.Code, e.Arguments, e.Message)).ToArray(),
            });
    }

    /// <summary>A problem with a code and an optional extension map.</summary>
    public static ProblemHttpResult Create(int status, string code, string title, string detail,
        IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeUri(code), extensions: all);
    }

    /// <summary>400 <c>request.invalid-query</c> for one query parameter (a malformed request, not invalid content: 422
    /// is for bodies). Extensions: <c>parameter</c>, and <c>arguments</c> [parameter, rule].</summary>
    public static ProblemHttpResult InvalidQuery(string parameter, string rule) =>
        Create(StatusCodes.Status400BadRequest, HubErrorCodes.InvalidQuery, "Invalid query", $"Query parameter {parameter}: {rule}.",
            new Dictionary<string, object?> { ["parameter"] = parameter, ["arguments"] = new[] { parameter, rule } });

    /// <summary>The code used for a bare status (framework errors with no hub error behind them).</summary>
    public static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => HubErrorCodes.RequestMalformed,
        StatusCodes.Status401Unauthorized => HubErrorCodes.AuthMissingKey,
        StatusCodes.Status403Forbidden => HubErrorCodes.AuthMissingRole,
        StatusCodes.Status404NotFound => HubErrorCodes.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => HubErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => HubErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => HubErrorCodes.UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => HubErrorCodes.ValidationFailed,
        _ => HubErrorCodes.InternalError,
    };

    private static string Title(int status) => status switch
    {
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict with stored data",
        _ => "Invalid request",
    };

    /// <summary>One entry of the <c>errors</c> extension.</summary>
    internal sealed record ErrorItem(string Code, IReadOnlyList<string> Arguments, string Detail);
}
