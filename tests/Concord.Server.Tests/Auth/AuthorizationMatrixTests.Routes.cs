using System.Net;
using System.Net.Http.Json;
using Concord.Catalog.Samples;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.Auth;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The own agency's object the object routes act on: marked partners, and no agreement exists, so it is
    /// the own agency's alone.</summary>
    private static readonly TestObject s_routeObject = new(90001, "ALPHA ONE", "partners", null, Leo: true, "operational");

    /// <summary>One route of the matrix. <see cref="Arrange"/> builds a fresh resource when the route changes one (so
    /// each caller acts on the same state) and returns the request; <see cref="Expect"/> is the rule for a caller with a
    /// key; <see cref="State"/> reads what a refused write must leave unchanged (besides the audit chain).</summary>
    private sealed record RouteCase(
        string Route,
        Func<Federation, Task<HttpRequestMessage>> Arrange,
        Func<Caller, Outcome> Expect,
        Func<Federation, Uri, Task<string>>? State = null)
    {
        /// <summary>A route whose request needs no fresh resource.</summary>
        public RouteCase(string route, Func<HttpRequestMessage> request, Func<Caller, Outcome> expect,
            Func<Federation, Uri, Task<string>>? state = null)
            : this(route, _ => Task.FromResult(request()), expect, state)
        {
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryRoute_AnswersEachCallerAsTheRulesSay_AndRefusedRequestsChangeNothing(string callerName)
    {
        Caller caller = Caller.Parse(callerName);
        using var app = new HubApplication();
        Federation federation = await CreateAsync(app, Own, Other, Third);
        await federation.RegisterObjectAsync(Own, s_routeObject);
        await federation.SubmitAsync(Own, CatalogSamples.TleText(CatalogSamples.Set(s_routeObject.NoradId)), "?marking=partners");
        var failures = new List<string>();

        foreach (RouteCase route in RouteCases())
        {
            using HttpRequestMessage request = await route.Arrange(federation);
            Outcome expected = caller.IsAnonymous ? Outcome.MissingKey : route.Expect(caller);
            int auditBefore = await federation.AuditCountAsync();
            Uri target = request.RequestUri!; // HttpClient replaces it with the absolute address when sending
            string? stateBefore = route.State is null ? null : await route.State(federation, target);

            using HttpResponseMessage response = await federation.Client(caller).SendAsync(request, Ct);

            Outcome actual = await ReadOutcomeAsync(response);
            if (actual != expected)
            {
                failures.Add($"{route.Route} as {caller}: expected {expected}, got {actual}");
            }

            if (!expected.IsSuccess && await federation.AuditCountAsync() != auditBefore)
            {
                failures.Add($"{route.Route} as {caller}: refused, but the audit chain grew");
            }

            if (!expected.IsSuccess && route.State is not null && await route.State(federation, target) != stateBefore)
            {
                failures.Add($"{route.Route} as {caller}: refused, but the stored state changed");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The routes and their rules. The resource of a route belongs to <see cref="Own"/>; agreements are between
    /// <see cref="Own"/> and <see cref="Third"/>, so that <see cref="Other"/> is no party.</summary>
    private static IEnumerable<RouteCase> RouteCases()
    {
        // Agencies: the directory is readable by every key; registering is the hub administrator's.
        yield return new("POST /api/v1/agencies",
            () => Json(HttpMethod.Post, "/api/v1/agencies", new { code = "NEW", name = "New agency", country = "ES" }),
            c => c == Caller.HubAdmin ? Outcome.Created : Outcome.MissingRole,
            (f, _) => f.Admin.GetStringAsync("/api/v1/agencies", Ct));
        yield return new("GET /api/v1/agencies", () => Get("/api/v1/agencies"), _ => Outcome.Ok);
        yield return new("GET /api/v1/agencies/{code}", () => Get($"/api/v1/agencies/{Own}"), _ => Outcome.Ok);
        yield return new("GET /api/v1/agencies/{unknown}", () => Get("/api/v1/agencies/ZZZ"),
            _ => Outcome.NotFound(HubErrorCodes.AgencyNotFound));

        // API keys: the hub administrator for any agency, an agency administrator for its own.
        yield return new("POST /api/v1/agencies/{code}/api-keys",
            () => Json(HttpMethod.Post, $"/api/v1/agencies/{Own}/api-keys", new { role = "analyst" }),
            c => ManagesOwnKeys(c) ? Outcome.Created : Outcome.MissingRole,
            (f, _) => KeysAsync(f));
        yield return new("GET /api/v1/agencies/{code}/api-keys", () => Get($"/api/v1/agencies/{Own}/api-keys"),
            c => ManagesOwnKeys(c) ? Outcome.Ok : Outcome.MissingRole);
        yield return new("DELETE /api/v1/agencies/{code}/api-keys/{id}",
            async f => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/agencies/{Own}/api-keys/{(await f.App.IssueKeyAsync(Own, "analyst")).Id}"),
            c => ManagesOwnKeys(c) ? Outcome.NoContent : Outcome.MissingRole,
            (f, _) => KeysAsync(f));

        // Objects: analysts and agency administrators register their agency's objects (the hub administrator any);
        // readers see what the release policy releases, so another agency's partners object is absent (404), and the
        // hub administrator, who sees public records only, cannot replace it either.
        yield return new("POST /api/v1/objects",
            () => Json(HttpMethod.Post, "/api/v1/objects", new TestObject(90100, "NEW OBJECT", "partners", null, true, "operational").Body(Own)),
            c => c == Caller.HubAdmin || (Registrar(c) && IsOwn(c)) ? Outcome.Created
                : Registrar(c) ? Outcome.Forbidden(HubErrorCodes.ObjectOwnerNotOwnAgency)
                : Outcome.MissingRole,
            (f, _) => f.App.WithDbAsync(db => Task.FromResult(string.Join(',', db.SpaceObjects.Select(o => o.CatalogNumber).Order()))));
        yield return new("GET /api/v1/objects", () => Get("/api/v1/objects"), c => Reader(c) ? Outcome.Ok : Outcome.MissingRole);
        yield return new("GET /api/v1/objects/{noradId}", () => Get($"/api/v1/objects/{s_routeObject.NoradId}"),
            c => !Reader(c) ? Outcome.MissingRole : IsOwn(c) ? Outcome.Ok : Outcome.NotFound(HubErrorCodes.ObjectNotFound));
        yield return new("PUT /api/v1/objects/{noradId}",
            () => Json(HttpMethod.Put, $"/api/v1/objects/{s_routeObject.NoradId}", (s_routeObject with { Name = "ALPHA RENAMED" }).Body(Own)),
            c => !(Registrar(c) || c == Caller.HubAdmin) ? Outcome.MissingRole
                : IsOwn(c) ? Outcome.Ok
                : Outcome.NotFound(HubErrorCodes.ObjectNotFound),
            (f, _) => f.Client(Own, "analyst").GetStringAsync($"/api/v1/objects/{s_routeObject.NoradId}", Ct));

        // Ownership: the hub administrator decides claims (the route object is confirmed: 409) and gives standing grants;
        // the confirmed owner's registrars (and the hub administrator) designate providers; to other agencies the partners
        // object is absent.
        yield return new("POST /api/v1/objects/{noradId}/confirm", () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/objects/{s_routeObject.NoradId}/confirm"),
            c => c == Caller.HubAdmin ? new Outcome(HttpStatusCode.Conflict, HubErrorCodes.ObjectNotClaimed) : Outcome.MissingRole);
        yield return new("POST /api/v1/objects/{noradId}/reject",
            () => Json(HttpMethod.Post, $"/api/v1/objects/{s_routeObject.NoradId}/reject", new { reason = "not theirs" }),
            c => c == Caller.HubAdmin ? new Outcome(HttpStatusCode.Conflict, HubErrorCodes.ObjectNotClaimed) : Outcome.MissingRole);
        yield return new("POST /api/v1/objects/{noradId}/providers",
            () => Json(HttpMethod.Post, $"/api/v1/objects/{s_routeObject.NoradId}/providers", new { agency = Third }),
            c => !(Registrar(c) || c == Caller.HubAdmin) ? Outcome.MissingRole
                : IsOwn(c) || c == Caller.HubAdmin ? Outcome.Created
                : Outcome.NotFound(HubErrorCodes.ObjectNotFound),
            (f, _) => f.App.WithDbAsync(db => Task.FromResult(string.Join(',', db.ObjectProviders.Select(p => p.Agency).Order()))));
        yield return new("GET /api/v1/objects/{noradId}/providers", () => Get($"/api/v1/objects/{s_routeObject.NoradId}/providers"),
            c => !(Registrar(c) || c == Caller.HubAdmin) ? Outcome.MissingRole
                : IsOwn(c) || c == Caller.HubAdmin ? Outcome.Ok
                : Outcome.NotFound(HubErrorCodes.ObjectNotFound));
        yield return new("POST /api/v1/agencies/{code}/ownership-grants",
            () => Json(HttpMethod.Post, $"/api/v1/agencies/{Own}/ownership-grants", new { first = 1000, last = 1999 }),
            c => c == Caller.HubAdmin ? Outcome.Created : Outcome.MissingRole,
            (f, _) => f.App.WithDbAsync(db => Task.FromResult(db.OwnershipGrants.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        yield return new("GET /api/v1/agencies/{code}/ownership-grants", () => Get($"/api/v1/agencies/{Own}/ownership-grants"),
            c => c == Caller.HubAdmin ? Outcome.Ok : Outcome.MissingRole);

        // Agreements: officers of a party act; parties' keys (their auditors included) and the hub administrator read; to
        // anyone else an agreement does not exist.
        yield return new("POST /api/v1/agreements",
            () => Json(HttpMethod.Post, "/api/v1/agreements", new
            {
                title = "Own and third",
                parties = new[] { Own, Third },
                categories = new[] { "orbit-elements" },
                objectScope = "all",
                conditions = new { embargoMinutes = 0 },
            }),
            c => c.Role != "officer" ? Outcome.MissingRole
                : IsOwn(c) ? Outcome.Created
                : new Outcome(HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed), // the proposer's agency must be a party
            (f, _) => f.App.WithDbAsync(db => Task.FromResult(db.Agreements.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        yield return new("GET /api/v1/agreements", () => Get("/api/v1/agreements"), _ => Outcome.Ok);
        yield return new("GET /api/v1/agreements/{id}",
            async f => Get($"/api/v1/agreements/{await f.ProposeAsync([Own, Third])}"),
            c => c == Caller.HubAdmin || IsOwn(c) ? Outcome.Ok : Outcome.NotFound(HubErrorCodes.AgreementNotFound));
        yield return new("POST /api/v1/agreements/{id}/sign",
            async f => Post($"/api/v1/agreements/{await f.ProposeAsync([Own, Third])}/sign"), OfficerOfParty, AgreementAsync);
        yield return new("POST /api/v1/agreements/{id}/suspend",
            async f => Post($"/api/v1/agreements/{await f.ActivateAsync([Own, Third])}/suspend"), OfficerOfParty, AgreementAsync);
        yield return new("POST /api/v1/agreements/{id}/resume",
            async f =>
            {
                string id = await f.ActivateAsync([Own, Third]);
                await f.ActAsync(id, Own, "suspend");
                return Post($"/api/v1/agreements/{id}/resume");
            },
            OfficerOfParty, AgreementAsync);
        yield return new("POST /api/v1/agreements/{id}/terminate",
            async f => Post($"/api/v1/agreements/{await f.ActivateAsync([Own, Third])}/terminate"), OfficerOfParty, AgreementAsync);
        yield return new("GET /api/v1/agreements/release-matrix", () => Get("/api/v1/agreements/release-matrix"),
            c => c.Role is "officer" or "analyst" ? Outcome.Ok : Outcome.MissingRole);

        // Catalog: analysts submit for their own agency; readers read what the release policy releases (the own
        // agency's partners sets are absent to the other agency, an empty answer rather than a refusal).
        yield return new("POST /api/v1/submissions",
            () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions")
            {
                Content = new StringContent(CatalogSamples.TleText(CatalogSamples.Set(90300)), System.Text.Encoding.UTF8, "text/plain"),
            },
            c => c.Role == "analyst" ? Outcome.Created : Outcome.MissingRole,
            (f, _) => f.App.WithDbAsync(async db => $"{await db.Submissions.CountAsync(Ct)} {await db.ElementSets.CountAsync(Ct)}"));
        yield return new("GET /api/v1/catalog/gp?ids=", () => Get($"/api/v1/catalog/gp?ids={s_routeObject.NoradId}"),
            c => Reader(c) ? Outcome.Ok : Outcome.MissingRole);
        yield return new("GET /api/v1/catalog/gp", () => Get("/api/v1/catalog/gp?format=tle"),
            c => Reader(c) ? Outcome.Ok : Outcome.MissingRole);
        yield return new("GET /api/v1/catalog/gp/history", () => Get($"/api/v1/catalog/gp/history?id={s_routeObject.NoradId}"),
            c => Reader(c) ? Outcome.Ok : Outcome.MissingRole);

        // Conjunctions: every reader; an event nobody may see (here: none exists) is 404 for all of them.
        yield return new("GET /api/v1/conjunctions", () => Get("/api/v1/conjunctions"), c => Reader(c) ? Outcome.Ok : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}", () => Get($"/api/v1/conjunctions/{Guid.Empty:D}"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}/cdm", () => Get($"/api/v1/conjunctions/{Guid.Empty:D}/cdm"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}/geometry", () => Get($"/api/v1/conjunctions/{Guid.Empty:D}/geometry"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        // A track of an object with no released set (here: none exists) is 404 for every reader.
        yield return new("GET /api/v1/objects/{noradId}/track", () => Get("/api/v1/objects/90999/track"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ObjectNoElements) : Outcome.MissingRole);
        yield return new("POST /api/v1/conjunctions/{id}/maneuver-plans", () => new HttpRequestMessage(HttpMethod.Post,
                $"/api/v1/conjunctions/{Guid.Empty:D}/maneuver-plans") { Content = new StringContent("CCSDS_OEM_VERS = 2.0\n", System.Text.Encoding.UTF8, "text/plain") },
            c => c.Role is "officer" or "analyst" ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}/maneuver-plans", () => Get($"/api/v1/conjunctions/{Guid.Empty:D}/maneuver-plans"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}/maneuver-plans/{planId}/oem",
            () => Get($"/api/v1/conjunctions/{Guid.Empty:D}/maneuver-plans/{Guid.Empty:D}/oem"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);

        // Webhooks: agency administrators, of their own agency's webhooks (another agency's do not exist for them).
        // GET /api/v1/stream is long-lived and has its own authorization tests (StreamEndpointsTests).
        yield return new("POST /api/v1/webhooks",
            () => Json(HttpMethod.Post, "/api/v1/webhooks", new { url = "https://ops.example.test/concord" }),
            c => c.Role == "agency-admin" ? Outcome.Created : Outcome.MissingRole,
            (f, _) => WebhooksAsync(f));
        yield return new("GET /api/v1/webhooks", () => Get("/api/v1/webhooks"),
            c => c.Role == "agency-admin" ? Outcome.Ok : Outcome.MissingRole);
        yield return new("DELETE /api/v1/webhooks/{id}",
            async f => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/webhooks/{await CreateWebhookAsync(f)}"),
            c => c.Role != "agency-admin" ? Outcome.MissingRole : IsOwn(c) ? Outcome.NoContent : Outcome.NotFound(HubErrorCodes.WebhookNotFound),
            (f, _) => WebhooksAsync(f));

        // Conjunction coordination: only parties act (analysts, officers and agency administrators acknowledge; analysts
        // and officers state intents; officers decide); an event released to nobody (here: none exists) is 404 for every
        // caller the role allows. Party, partner and third-agency answers: ConjunctionCoordinationEndpointsTests.
        yield return new("POST /api/v1/conjunctions/{id}/acknowledge", () => Post($"/api/v1/conjunctions/{Guid.Empty:D}/acknowledge"),
            c => c.Role is "analyst" or "officer" or "agency-admin" ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("POST /api/v1/conjunctions/{id}/intent",
            () => Json(HttpMethod.Post, $"/api/v1/conjunctions/{Guid.Empty:D}/intent", new { intent = "undetermined", maneuverable = "unknown" }),
            c => c.Role is "analyst" or "officer" ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("POST /api/v1/conjunctions/{id}/decision",
            () => Json(HttpMethod.Post, $"/api/v1/conjunctions/{Guid.Empty:D}/decision", new { maneuveringObject = (string?)null, summary = "Nobody moves." }),
            c => c.Role == "officer" ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("POST /api/v1/conjunctions/{id}/decision/co-sign",
            () => Json(HttpMethod.Post, $"/api/v1/conjunctions/{Guid.Empty:D}/decision/co-sign", new { sha256 = new string('0', 64) }),
            c => c.Role == "officer" ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);
        yield return new("GET /api/v1/conjunctions/{id}/coordination", () => Get($"/api/v1/conjunctions/{Guid.Empty:D}/coordination"),
            c => Reader(c) ? Outcome.NotFound(HubErrorCodes.ConjunctionNotFound) : Outcome.MissingRole);

        // Audit: auditors of any agency (their own agency's entries in full, the rest redacted) and the hub administrator.
        yield return new("GET /api/v1/audit", () => Get("/api/v1/audit"),
            c => c.Role == "auditor" || c == Caller.HubAdmin ? Outcome.Ok : Outcome.MissingRole);
        yield return new("GET /api/v1/audit/verify", () => Get("/api/v1/audit/verify"),
            c => c.Role == "auditor" || c == Caller.HubAdmin ? Outcome.Ok : Outcome.MissingRole);

        // Console session: who is signed in, for any key (sign-in and sign-out are anonymous, tested in SessionEndpointsTests).
        yield return new("GET /api/v1/session", () => Get("/api/v1/session"), _ => Outcome.Ok);
    }

    private static bool IsOwn(Caller c) => c.Agency == Own;

    /// <summary>Roles that read data (objects, catalog): every role but auditor.</summary>
    private static bool Reader(Caller c) => c.Role is "analyst" or "officer" or "agency-admin" or "hub-admin";

    /// <summary>Agency roles that register objects for their agency.</summary>
    private static bool Registrar(Caller c) => c.Role is "analyst" or "agency-admin";

    private static bool ManagesOwnKeys(Caller c) => c == Caller.HubAdmin || (c.Role == "agency-admin" && IsOwn(c));

    private static Outcome OfficerOfParty(Caller c) =>
        c.Role != "officer" ? Outcome.MissingRole : IsOwn(c) ? Outcome.Ok : Outcome.NotFound(HubErrorCodes.AgreementNotFound);

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path) => new(HttpMethod.Post, path);

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };

    private static Task<string> KeysAsync(Federation f) => f.App.WithDbAsync(async db =>
    {
        var keys = await db.ApiKeys.Select(k => new { k.Id, Revoked = k.RevokedAt != null }).ToListAsync(Ct);
        return string.Join(',', keys.OrderBy(k => k.Id).Select(k => $"{k.Id:D}:{k.Revoked}"));
    });

    private static Task<string> WebhooksAsync(Federation f) => f.App.WithDbAsync(async db =>
        string.Join(',', (await db.Webhooks.Select(w => w.Id).ToListAsync(Ct)).Order()));

    /// <summary>Creates a webhook of <see cref="Own"/> as its agency administrator; returns its id.</summary>
    private static async Task<string> CreateWebhookAsync(Federation f)
    {
        using HttpResponseMessage response = await f.Client(Own, "agency-admin").PostAsJsonAsync("/api/v1/webhooks",
            new { url = "https://ops.own.test/concord" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using System.Text.Json.JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The agreement a request acts on (<c>/api/v1/agreements/{id}/…</c>), as the hub administrator reads it.</summary>
    private static Task<string> AgreementAsync(Federation f, Uri request) =>
        f.Admin.GetStringAsync($"/api/v1/agreements/{request.OriginalString.Split('/')[4]}", Ct);
}
