using System.Net;
using System.Text.Json;
using Concord.Hub.Errors;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.Auth;

/// <summary>
/// The authorization matrix: every route for every caller (no key, hub administrator, each agency role of the resource's
/// own agency and of another agency) answers the status the rules give, and no record crosses an agreement boundary
/// in any agreement state, through any read route, list or filter.
/// </summary>
/// <remarks>Facets: <c>Routes</c> (route x caller, one test per caller: 24 routes x 10 callers), <c>Boundaries</c> (what
/// each agency's every role and the hub administrator see of the objects and agreements, one test per agreement state)
/// and <c>Catalog</c> (the same for element sets: GP by ids, listing, paging and history). Each test builds one
/// <see cref="Federation"/> on one <see cref="HubApplication"/>.</remarks>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The own agency (owner of the resources), another agency, and a third one for agreements.</summary>
    private const string Own = "AAA";
    private const string Other = "BBB";
    private const string Third = "CCC";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every caller of the route matrix.</summary>
    public static TheoryData<string> Callers()
    {
        var callers = new TheoryData<string> { Caller.Anonymous.ToString(), Caller.HubAdmin.ToString() };
        foreach (string agency in new[] { Own, Other })
        {
            foreach (string role in AgencyRoles)
            {
                callers.Add(new Caller(role, agency).ToString());
            }
        }

        return callers;
    }

    /// <summary>What a request must answer: a status, and for a problem its code.</summary>
    private sealed record Outcome(HttpStatusCode Status, string? Code = null)
    {
        public static Outcome Ok { get; } = new(HttpStatusCode.OK);

        public static Outcome Created { get; } = new(HttpStatusCode.Created);

        public static Outcome NoContent { get; } = new(HttpStatusCode.NoContent);

        public static Outcome MissingKey { get; } = new(HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);

        public static Outcome MissingRole { get; } = new(HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);

        public bool IsSuccess => (int)Status is >= 200 and < 300;

        public static Outcome NotFound(string code) => new(HttpStatusCode.NotFound, code);

        public static Outcome Forbidden(string code) => new(HttpStatusCode.Forbidden, code);

        public override string ToString() => Code is null ? $"{(int)Status}" : $"{(int)Status} {Code}";
    }

    /// <summary>The outcome a response carries; a problem's code is read only from a well-formed RFC 9457 body
    /// (<c>application/problem+json</c>, <c>type</c> naming the code, <c>status</c> equal to the response's).</summary>
    private static async Task<Outcome> ReadOutcomeAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return new Outcome(response.StatusCode);
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return new Outcome(response.StatusCode, $"(not a problem: {response.Content.Headers.ContentType?.MediaType})");
        }

        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement root = body.RootElement;
        string? code = root.TryGetProperty("code", out JsonElement c) ? c.GetString() : null;
        bool wellFormed = root.TryGetProperty("status", out JsonElement s) && s.GetInt32() == (int)response.StatusCode
            && root.TryGetProperty("type", out JsonElement t) && t.GetString() == $"https://concord.dev/errors/{code}";
        return new Outcome(response.StatusCode, wellFormed ? code : $"(malformed problem: {code})");
    }
}
