using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Problems;

/// <summary>Paging of every collection route: <c>limit</c> (default <see cref="DefaultLimit"/>, 1 to <see cref="MaxLimit"/>,
/// else 400 <c>request.invalid-query</c>) and <c>after</c> (the cursor the previous page's <c>Link</c> names); a
/// <c>Link: &lt;…&gt;; rel="next"</c> header only when a next page exists.</summary>
internal static class Paging
{
    /// <summary>Page size when the client gives none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>400 <c>request.invalid-query</c> when <paramref name="limit"/> is outside 1 to <see cref="MaxLimit"/>.</summary>
    public static ProblemHttpResult? CheckLimit(int limit) =>
        limit is < 1 or > MaxLimit ? HubProblems.InvalidQuery("limit", $"must be 1 to {MaxLimit}") : null;

    /// <summary>Parses an <c>after</c> cursor that is an id (UUID); a malformed one is 400 <c>request.invalid-query</c>.</summary>
    public static bool TryParseIdCursor(string? after, out Guid? id, out ProblemHttpResult? problem)
    {
        id = null;
        problem = null;
        if (after is null)
        {
            return true;
        }

        if (Guid.TryParse(after, out Guid parsed))
        {
            id = parsed;
            return true;
        }

        problem = HubProblems.InvalidQuery("after", "must be the cursor of a page's Link header (the id of the previous page's last item)");
        return false;
    }

    /// <summary>One page of a list already ordered by id (UUID v7: creation order), after <paramref name="after"/>; sets
    /// the <c>Link</c> header when more follow.</summary>
    public static IReadOnlyList<T> ById<T>(HttpContext http, IReadOnlyList<T> ordered, Func<T, Guid> idOf, Guid? after, int limit)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        T[] rest = [.. (after is { } cursor ? ordered.Where(item => idOf(item).CompareTo(cursor) > 0) : ordered).Take(limit + 1)];
        if (rest.Length <= limit)
        {
            return rest;
        }

        SetNext(http, idOf(rest[limit - 1]).ToString("D"));
        return rest[..limit];
    }

    /// <summary>Sets <c>Link: &lt;path?…&amp;after=CURSOR&gt;; rel="next"</c>: the request's own path and query (filters and
    /// <c>limit</c> kept), with <c>after</c> replaced.</summary>
    public static void SetNext(HttpContext http, string after)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = new QueryBuilder();
        foreach ((string key, Microsoft.Extensions.Primitives.StringValues values) in http.Request.Query)
        {
            if (!string.Equals(key, "after", StringComparison.OrdinalIgnoreCase))
            {
                foreach (string? value in values)
                {
                    query.Add(key, value ?? "");
                }
            }
        }

        query.Add("after", after);
        http.Response.Headers.Append("Link", $"<{http.Request.PathBase}{http.Request.Path}{query.ToQueryString()}>; rel=\"next\"");
    }
}
