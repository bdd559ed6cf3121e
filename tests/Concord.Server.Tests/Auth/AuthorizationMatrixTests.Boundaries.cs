using System.Globalization;
using System.Net;
using System.Text.Json;
using Concord.Hub.Errors;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.Auth;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The state of the one agreement between <see cref="Own"/> and <see cref="Other"/> (<see cref="Third"/>
    /// never has one).</summary>
    public enum BoundaryState
    {
        /// <summary>No agreement.</summary>
        None,

        /// <summary>Proposed, signed by nobody.</summary>
        Proposed,

        /// <summary>Signed by both: object registry and orbit elements, every object, no embargo.</summary>
        Active,

        /// <summary>Active, then suspended by the other agency.</summary>
        Suspended,

        /// <summary>Suspended, then resumed.</summary>
        Resumed,

        /// <summary>Active, then terminated by the own agency.</summary>
        Terminated,

        /// <summary>Active until a day after the records were stored; read two days later.</summary>
        Expired,

        /// <summary>Active with a 60-minute embargo, read at once.</summary>
        Embargoed,

        /// <summary>Active with a 60-minute embargo, read 61 minutes later.</summary>
        EmbargoPassed,

        /// <summary>Active for ephemerides and conjunctions only.</summary>
        OtherCategories,

        /// <summary>Active for orbit elements only (not the object registry).</summary>
        OrbitElementsOnly,

        /// <summary>Active for a list of objects holding 90001 only.</summary>
        ListScope,
    }

    /// <summary>The own agency's records: two marked partners, one restricted to <see cref="Third"/>, one public, and one
    /// restricted to <see cref="Other"/> (last, so that for the others a withheld record follows their last one).</summary>
    private static readonly TestObject[] s_catalog =
    [
        new(90001, "ALPHA ONE", "partners", null, Leo: true, "operational"),
        new(90002, "BRAVO TWO", "partners", null, Leo: true, "decayed"),
        new(90003, "ALPHA THREE", "restricted", [Third], Leo: false, "operational"),
        new(90004, "CHARLIE FOUR", "public", null, Leo: true, "operational"),
        new(90005, "DELTA FIVE", "restricted", [Other], Leo: false, "operational"),
    ];

    /// <summary>A catalogue number nobody registered: a withheld record must answer exactly as this one does.</summary>
    private const int Unregistered = 90009;

    /// <summary>The object list queries: each filter, alone or combined, and what it selects among released objects.</summary>
    private static readonly (string Query, Func<TestObject, bool> Selects)[] s_objectQueries =
    [
        ("", _ => true),
        ($"?owner={Own}", _ => true),
        ($"?owner={Other}", _ => false),
        ("?name=alpha", o => o.Name.Contains("ALPHA", StringComparison.Ordinal)),
        ("?regime=leo", o => o.Leo),
        ("?regime=geo", o => !o.Leo),
        ("?status=operational", o => o.Status == "operational"),
        ("?name=two&status=decayed&regime=leo", o => o.NoradId == 90002),
    ];

    /// <summary>What the agreement releases in a state: its status as read, whether it is in the release matrix, and the
    /// partners-marked objects whose registry records and element sets it releases to <see cref="Other"/>.</summary>
    private sealed record Boundary(string? AgreementStatus, bool InReleaseMatrix, int[] PartnersObjects, int[] PartnersSets);

    private static Boundary Expected(BoundaryState state)
    {
        int[] both = [90001, 90002];
        return state switch
        {
            BoundaryState.None => new(null, false, [], []),
            BoundaryState.Proposed => new("proposed", false, [], []),
            BoundaryState.Active => new("active", true, both, both),
            BoundaryState.Suspended => new("suspended", false, [], []),
            BoundaryState.Resumed => new("active", true, both, both),
            BoundaryState.Terminated => new("terminated", false, [], []),
            BoundaryState.Expired => new("expired", false, [], []),
            BoundaryState.Embargoed => new("active", true, [], []),
            BoundaryState.EmbargoPassed => new("active", true, both, both),
            BoundaryState.OtherCategories => new("active", true, [], []),
            BoundaryState.OrbitElementsOnly => new("active", true, [], both),
            BoundaryState.ListScope => new("active", true, [90001], [90001]),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };
    }

    public static TheoryData<BoundaryState> BoundaryStates() => new(Enum.GetValues<BoundaryState>());

    [Theory]
    [MemberData(nameof(BoundaryStates))]
    public async Task NoRecordCrossesTheAgreementBoundary(BoundaryState state)
    {
        using var app = new HubApplication();
        Federation federation = await CreateAsync(app, Own, Other, Third);
        foreach (TestObject o in s_catalog)
        {
            await federation.RegisterObjectAsync(Own, o);
        }

        await SubmitCatalogAsync(federation);

        string? agreementId = await EstablishAsync(federation, state);
        Boundary boundary = Expected(state);
        var failures = new List<string>();

        Caller[] viewers = [.. new[] { Other, Third }.SelectMany(a => AgencyRoles.Select(r => new Caller(r, a))),
            Caller.HubAdmin, new Caller("analyst", Own)];
        foreach (Caller viewer in viewers)
        {
            var check = new BoundaryCheck(federation.Client(viewer), $"{state} as {viewer}", failures);
            await CheckObjectsAsync(check, viewer, boundary);
            await CheckCatalogAsync(check, viewer, boundary);
            await CheckAgreementsAsync(check, viewer, boundary, agreementId);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Creates the agreement between <see cref="Own"/> and <see cref="Other"/> in <paramref name="state"/>
    /// (after the records were stored), moving the clock where the state needs it.</summary>
    private static async Task<string?> EstablishAsync(Federation f, BoundaryState state)
    {
        string[] parties = [Own, Other];
        switch (state)
        {
            case BoundaryState.None:
                return null;
            case BoundaryState.Proposed:
                return await f.ProposeAsync(parties);
            case BoundaryState.Active:
                return await f.ActivateAsync(parties);
            case BoundaryState.Suspended:
            case BoundaryState.Resumed:
                string suspended = await f.ActivateAsync(parties);
                await f.ActAsync(suspended, Other, "suspend");
                if (state == BoundaryState.Resumed)
                {
                    await f.ActAsync(suspended, Other, "resume");
                }

                return suspended;
            case BoundaryState.Terminated:
                string terminated = await f.ActivateAsync(parties);
                await f.ActAsync(terminated, Own, "terminate");
                return terminated;
            case BoundaryState.Expired:
                string expiring = await f.ActivateAsync(parties, expiresAt: f.App.Time.GetUtcNow().AddDays(1));
                f.App.Time.Advance(TimeSpan.FromDays(2));
                return expiring;
            case BoundaryState.Embargoed:
                return await f.ActivateAsync(parties, embargoMinutes: 60);
            case BoundaryState.EmbargoPassed:
                string embargoed = await f.ActivateAsync(parties, embargoMinutes: 60);
                f.App.Time.Advance(TimeSpan.FromMinutes(61));
                return embargoed;
            case BoundaryState.OtherCategories:
                return await f.ActivateAsync(parties, categories: ["ephemeris", "conjunctions"]);
            case BoundaryState.OrbitElementsOnly:
                return await f.ActivateAsync(parties, categories: ["orbit-elements"]);
            case BoundaryState.ListScope:
                return await f.ActivateAsync(parties, objectScope: "list", objectIds: ["90001"]);
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }

    /// <summary>Whether the release policy lets <paramref name="viewer"/> see one of <see cref="Own"/>'s records, given
    /// the partners-marked ones the agreement releases to <see cref="Other"/>.</summary>
    private static bool Released(TestObject o, Caller viewer, int[] partnersReleased) =>
        viewer.Agency == Own
        || o.Marking == "public"
        || (o.Marking == "restricted" && viewer.Agency is { } agency && o.RelTo!.Contains(agency))
        || (o.Marking == "partners" && viewer.Agency == Other && partnersReleased.Contains(o.NoradId));

    /// <summary>Object list (every query, and paging one by one) and each object by id: exactly the released ones.</summary>
    private static async Task CheckObjectsAsync(BoundaryCheck check, Caller viewer, Boundary boundary)
    {
        if (!Reader(viewer))
        {
            await check.StatusAsync("/api/v1/objects", Outcome.MissingRole);
            await check.StatusAsync($"/api/v1/objects/{s_catalog[^1].NoradId}", Outcome.MissingRole);
            return;
        }

        TestObject[] released = [.. s_catalog.Where(o => Released(o, viewer, boundary.PartnersObjects))];
        foreach ((string query, Func<TestObject, bool> selects) in s_objectQueries)
        {
            await check.IdsAsync($"/api/v1/objects{query}", released.Where(selects).Select(o => o.NoradId), ObjectIds);
        }

        // Who else a restricted record was released to is the originator's to know.
        int[] showingRelTo = await check.ReadAsync<int>("/api/v1/objects", json => [.. json.EnumerateArray()
            .Where(o => o.GetProperty("relTo").ValueKind != JsonValueKind.Null)
            .Select(o => int.Parse(o.GetProperty("noradId").GetString()!, CultureInfo.InvariantCulture))]);
        check.Equal("/api/v1/objects relTo shown", viewer.Agency == Own ? released.Select(o => o.NoradId) : [], showingRelTo);

        var paged = new List<int>();
        string? after = null;
        for (int page = 0; page <= s_catalog.Length; page++)
        {
            int[] ids = await check.ReadAsync($"/api/v1/objects?limit=1{(after is null ? "" : $"&after={after}")}", ObjectIds);
            paged.AddRange(ids);
            if (ids.Length == 0)
            {
                break;
            }

            after = ids[^1].ToString(CultureInfo.InvariantCulture);
        }

        check.Equal("/api/v1/objects?limit=1 (every page)", released.Select(o => o.NoradId), paged);

        foreach (int id in s_catalog.Select(o => o.NoradId).Append(Unregistered))
        {
            bool visible = released.Any(o => o.NoradId == id);
            await check.StatusAsync($"/api/v1/objects/{id}", visible ? Outcome.Ok : Outcome.NotFound(HubErrorCodes.ObjectNotFound));
        }
    }

    /// <summary>Agreements list and get (parties' keys and hub administrators), and the release matrix.</summary>
    private static async Task CheckAgreementsAsync(BoundaryCheck check, Caller viewer, Boundary boundary, string? agreementId)
    {
        bool seesAgreement = agreementId is not null && (viewer.Agency is Own or Other || viewer == Caller.HubAdmin);
        string[] listed = await check.ReadAsync<string>("/api/v1/agreements", json => [.. json.EnumerateArray().Select(a =>
            $"{a.GetProperty("id").GetString()} {a.GetProperty("status").GetString()}")]);
        check.Equal("/api/v1/agreements", seesAgreement ? [$"{agreementId} {boundary.AgreementStatus}"] : [], listed);
        if (agreementId is not null)
        {
            await check.StatusAsync($"/api/v1/agreements/{agreementId}",
                seesAgreement ? Outcome.Ok : Outcome.NotFound(HubErrorCodes.AgreementNotFound));
        }

        if (viewer.Role is not ("officer" or "analyst"))
        {
            await check.StatusAsync("/api/v1/agreements/release-matrix", Outcome.MissingRole);
            return;
        }

        string[] partners = await check.ReadAsync<string>("/api/v1/agreements/release-matrix",
            json => [.. json.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("agency").GetString()!)]);
        string[] expected = !boundary.InReleaseMatrix ? [] : viewer.Agency == Other ? [Own] : viewer.Agency == Own ? [Other] : [];
        check.Equal("/api/v1/agreements/release-matrix partners", expected, partners);
    }

    private static int[] ObjectIds(JsonElement json) =>
        [.. json.EnumerateArray().Select(o => int.Parse(o.GetProperty("noradId").GetString()!, CultureInfo.InvariantCulture))];

    /// <summary>Reads as one viewer and records every difference from the expectation (so one run reports them all).</summary>
    private sealed class BoundaryCheck(HttpClient client, string label, List<string> failures)
    {
        public async Task StatusAsync(string path, Outcome expected)
        {
            using HttpResponseMessage response = await client.GetAsync(path, Ct);
            Outcome actual = await ReadOutcomeAsync(response);
            if (actual != expected)
            {
                failures.Add($"{label}: GET {path}: expected {expected}, got {actual}");
            }
        }

        /// <summary>A 200 JSON answer, projected; an empty projection (and a failure) otherwise.</summary>
        public async Task<T[]> ReadAsync<T>(string path, Func<JsonElement, T[]> project) => (await PageAsync(path, project)).Items;

        /// <summary>As <see cref="ReadAsync"/>, with whether the answer links a next page (<c>Link: …; rel="next"</c>).</summary>
        public async Task<(T[] Items, bool HasNext)> PageAsync<T>(string path, Func<JsonElement, T[]> project)
        {
            using HttpResponseMessage response = await client.GetAsync(path, Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{label}: GET {path}: expected 200, got {await ReadOutcomeAsync(response)}");
                return ([], false);
            }

            using JsonDocument body = await HubApplication.ReadJsonAsync(response);
            return (project(body.RootElement), response.Headers.Contains("Link"));
        }

        /// <summary>A 200 text answer, projected; an empty projection (and a failure) otherwise.</summary>
        public async Task<int[]> TextAsync(string path, Func<string, int[]> project)
        {
            using HttpResponseMessage response = await client.GetAsync(path, Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{label}: GET {path}: expected 200, got {await ReadOutcomeAsync(response)}");
                return [];
            }

            return project(await response.Content.ReadAsStringAsync(Ct));
        }

        /// <summary>The exact ids a list answers, in order: nothing more, nothing less.</summary>
        public async Task IdsAsync(string path, IEnumerable<int> expected, Func<JsonElement, int[]> project) =>
            Equal(path, expected, await ReadAsync(path, project));

        public void Equal<T>(string what, IEnumerable<T> expected, IEnumerable<T> actual)
        {
            string e = string.Join(',', expected);
            string a = string.Join(',', actual);
            if (e != a)
            {
                failures.Add($"{label}: {what}: expected [{e}], got [{a}]");
            }
        }
    }
}
