using Microsoft.Extensions.FileProviders;

namespace Concord.Server.Console;

/// <summary>Serves the built web console (web/dist, copied to the server's <c>wwwroot</c> at build) at <c>/</c>, with
/// <c>index.html</c> for unknown non-API GETs (the console's own routes) and a Content-Security-Policy that allows only
/// the hub's own origin. Without a built front end, <c>/</c> answers a short plain-text note instead.</summary>
internal static class ConsoleFrontEnd
{
    /// <summary>The Content-Security-Policy of the console's pages: no CDN, no inline script, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] ServerPrefixes = ["api", "openapi", "scalar", "health", "metrics"];

    /// <summary>The answer of <c>/</c> when the server was built without the front end.</summary>
    public const string NotBuiltMessage =
        "Concord hub: the web console was not built into this server (web/ needs Node.js 20+ and npm at build time). "
        + "The API is at /api/v1 and its reference at /scalar.\n";

    /// <summary>Where the server looks for the console: <c>wwwroot</c> beside the application's assemblies (the build
    /// copies it there, for <c>concord serve</c> and <c>dotnet run</c> alike).</summary>
    public static string WebRootPath => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Whether a built front end is present.</summary>
    public static bool IsBuilt(IWebHostEnvironment environment) => environment.WebRootFileProvider.GetFileInfo("index.html").Exists;

    /// <summary>Adds the static-file middleware (before authentication: the console's files are public).</summary>
    public static WebApplication UseConsoleFrontEnd(this WebApplication app)
    {
        if (!IsBuilt(app.Environment))
        {
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => SetHeaders(context.Context.Response, context.File.Name),
        });
        IFileInfo index = app.Environment.WebRootFileProvider.GetFileInfo("index.html");
        // The fallback is middleware, not an endpoint: a catch-all endpoint would turn an API route's 405 into a 404.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null || !IsConsolePath(context.Request))
            {
                return next(context);
            }

            SetHeaders(context.Response, index.Name);
            context.Response.ContentType = "text/html; charset=utf-8";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.SendFileAsync(index, context.RequestAborted);
        });
        return app;
    }

    /// <summary>Without a built front end, maps <c>/</c> to a plain note.</summary>
    public static void MapConsoleFrontEnd(this WebApplication app)
    {
        if (!IsBuilt(app.Environment))
        {
            app.MapGet("/", () => TypedResults.Text(NotBuiltMessage, "text/plain; charset=utf-8"))
                .AllowAnonymous().ExcludeFromDescription();
        }
    }

    /// <summary>Whether a request that matched no endpoint is one of the console's own pages: a GET or HEAD outside
    /// <c>/api</c>, <c>/openapi</c>, <c>/scalar</c>, <c>/health</c> and <c>/metrics</c> whose last segment names no file.</summary>
    public static bool IsConsolePath(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        string path = request.Path.Value?.TrimStart('/') ?? "";
        foreach (string prefix in ServerPrefixes)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                return false;
            }
        }

        return !path[(path.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }

    private static void SetHeaders(HttpResponse response, string fileName)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (fileName.Equals("index.html", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.CacheControl = "no-cache"; // the bundles have content hashes in their names; the page does not
        }
    }
}
