using Concord.Hub.Errors;
using Concord.Server.Problems;

namespace Concord.Server.Console;

/// <summary>Refuses (403 <c>auth.csrf</c>) a console-session request with an unsafe method (anything but GET, HEAD,
/// OPTIONS, TRACE) that lacks <c>X-Concord-Console: 1</c>. Requests with an <c>Authorization</c> header are unaffected.</summary>
/// <remarks>A custom header cannot be sent cross-origin without a CORS preflight, which the hub never grants; together
/// with <c>SameSite=Strict</c> this is the OWASP "custom request header" defence against cross-site request forgery.</remarks>
internal sealed class ConsoleCsrfMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method) || !ConsoleSession.UsesCookie(request)
            || string.Equals(request.Headers[ConsoleSession.CsrfHeader], "1", StringComparison.Ordinal))
        {
            return next(context);
        }

        return HubProblems.WriteAsync(context, StatusCodes.Status403Forbidden, HubErrorCodes.AuthCsrf, "Forbidden",
            $"A console session's {request.Method} request needs the header {ConsoleSession.CsrfHeader}: 1.");
    }
}
