using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Conjunctions.Samples;
using Concord.Hub.Errors;
using Concord.Server.Conjunctions;
using Concord.Server.Tests.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Conjunctions;

/// <summary>
/// The trust model's authorization matrix for everything derived from a conjunction (THREATS invariants 2 and 3):
/// every viewer relation x the marking of each object's record x the state of the agreements, checked against an
/// oracle written from the rules (not from the code), on every route that returns the event or data derived from it:
/// the list and its counts, the <c>object</c> and <c>agency</c> filters, the event, its CDM and geometry, its
/// coordination, and the GP catalog. Runs on SQLite and (compiled again) on PostgreSQL.
/// </summary>
/// <remarks>
/// AAA owns 90001 (confirmed) and submits its set; BBB owns 90002 (confirmed, or only claimed) and submits its set. Each
/// set is marked public, partners, or restricted to REL. Viewers: AAA, BBB; PCO (active agreement with AAA covering
/// orbit-elements and conjunctions), PCN (conjunctions only), POR (orbit-elements only), PSU (both, suspended), QBB
/// (active agreement with BBB covering both), REL (in both records' relTo), EEE (no relation) and the hub administrator.
/// </remarks>
public sealed class ConjunctionReleaseMatrixTests
{
    private const string Primary = "90001", Secondary = "90002";

    private static readonly string[] Viewers = ["AAA", "BBB", "PCO", "PCN", "POR", "PSU", "QBB", "REL", "EEE", "HUB"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (string first in new[] { "public", "partners", "restricted" })
        {
            foreach (string second in new[] { "public", "partners", "restricted" })
            {
                data.Add(first, second, true);
            }
        }

        // The secondary's owner only claims it (not confirmed): it has no party rights, whatever it submitted.
        data.Add("partners", "partners", false);
        data.Add("restricted", "public", false);
        data.Add("public", "restricted", false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryViewerSeesExactlyWhatTheRulesRelease(string primaryMarking, string secondaryMarking, bool secondaryConfirmed)
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        Federation f = await Federation.CreateAsync(app, [.. Viewers.Where(v => v != "HUB")]);
        await f.RegisterObjectAsync("AAA", new Federation.TestObject(90001, "PRIMARY", "public", null, Leo: true, "operational"));
        if (secondaryConfirmed)
        {
            await f.RegisterObjectAsync("BBB", new Federation.TestObject(90002, "SECONDARY", "public", null, Leo: true, "operational"));
        }
        else
        {
            using HttpResponseMessage claimed = await f.Client("BBB", "analyst").PostAsJsonAsync("/api/v1/objects",
                new Federation.TestObject(90002, "SECONDARY", "public", null, Leo: true, "operational").Body("BBB"), Ct);
            Assert.Equal(HttpStatusCode.Created, claimed.StatusCode);
        }

        await f.ActivateAsync(["AAA", "PCO"], ["orbit-elements", "conjunctions"]);
        await f.ActivateAsync(["AAA", "PCN"], ["conjunctions"]);
        await f.ActivateAsync(["AAA", "POR"], ["orbit-elements"]);
        await f.ActAsync(await f.ActivateAsync(["AAA", "PSU"], ["orbit-elements", "conjunctions"]), "PSU", "suspend");
        await f.ActivateAsync(["BBB", "QBB"], ["orbit-elements", "conjunctions"]);
        await f.SubmitAsync("AAA", ConjunctionSamples.Primary, Query(primaryMarking));
        await f.SubmitAsync("BBB", ConjunctionSamples.Secondary, Query(secondaryMarking));
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);
        string id = await app.WithDbAsync(db => Task.FromResult(db.ConjunctionEvents.Single().Id.ToString("D")));

        var oracle = new Oracle(primaryMarking, secondaryMarking, secondaryConfirmed);
        var failures = new List<string>();
        foreach (string viewer in Viewers)
        {
            HttpClient client = viewer == "HUB" ? f.Admin : f.Client(viewer, "analyst");
            await CheckAsync(client, viewer, id, oracle, failures);
        }

        Assert.True(failures.Count == 0, $"{primaryMarking}/{secondaryMarking}/{(secondaryConfirmed ? "confirmed" : "claimed")}:\n" + string.Join('\n', failures));
    }

    private static string Query(string marking) => marking == "restricted" ? "?marking=restricted&relTo=REL" : $"?marking={marking}";

    private static async Task CheckAsync(HttpClient client, string viewer, string id, Oracle oracle, List<string> failures)
    {
        bool sees = oracle.Sees(viewer), full = oracle.Full(viewer);
        bool identifiesPrimary = sees && oracle.Identifies(viewer, 1), identifiesSecondary = sees && oracle.Identifies(viewer, 2);
        void Expect(bool condition, string what)
        {
            if (!condition)
            {
                failures.Add($"{viewer}: {what}");
            }
        }

        Expect(await CountAsync(client, "") == (sees ? 1 : 0), $"list count (sees {sees})");
        Expect(await CountAsync(client, $"?object={Primary}") == (identifiesPrimary ? 1 : 0), "object=90001 filter");
        Expect(await CountAsync(client, $"?object={Secondary}") == (identifiesSecondary ? 1 : 0), "object=90002 filter");
        Expect(await CountAsync(client, "?agency=BBB") == (identifiesSecondary && oracle.SecondaryConfirmed ? 1 : 0), "agency=BBB filter");
        Expect(await CountAsync(client, "?agency=AAA") == (identifiesPrimary ? 1 : 0), "agency=AAA filter");

        using HttpResponseMessage get = await client.GetAsync($"/api/v1/conjunctions/{id}", Ct);
        Expect(get.StatusCode == (sees ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"GET event {get.StatusCode}");
        if (get.StatusCode == HttpStatusCode.OK)
        {
            string raw = await get.Content.ReadAsStringAsync(Ct);
            using JsonDocument body = JsonDocument.Parse(raw);
            Expect(body.RootElement.GetProperty("detail").GetString() == (full ? "full" : "encounter"), "detail");
            Expect(identifiesPrimary || !raw.Contains(Primary, StringComparison.Ordinal), "event names the withheld 90001");
            Expect(identifiesSecondary || !raw.Contains(Secondary, StringComparison.Ordinal), "event names the withheld 90002");
            Expect(identifiesSecondary || viewer == "BBB" || !raw.Contains("\"BBB\"", StringComparison.Ordinal), "event names BBB, owner of a withheld object");
            Expect(identifiesPrimary || !raw.Contains("\"AAA\"", StringComparison.Ordinal), "event names AAA, owner of a withheld object");
            int parties = body.RootElement.GetProperty("coordination").GetProperty("parties").GetArrayLength();
            Expect(parties == (oracle.IsParty(viewer) ? oracle.PartyCount : 0), $"coordination parties {parties}");
        }

        HttpStatusCode withheldOrAbsent = sees ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
        foreach (string product in new[] { "cdm", "geometry" })
        {
            using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions/{id}/{product}", Ct);
            Expect(response.StatusCode == (full ? HttpStatusCode.OK : withheldOrAbsent), $"{product} {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                Expect((await response.Content.ReadAsStringAsync(Ct)).Contains(HubErrorCodes.ConjunctionDetailWithheld, StringComparison.Ordinal), $"{product} code");
            }
        }

        using HttpResponseMessage coordination = await client.GetAsync($"/api/v1/conjunctions/{id}/coordination", Ct);
        Expect(coordination.StatusCode == (sees ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"coordination {coordination.StatusCode}");

        foreach ((string noradId, int k) in new[] { (Primary, 1), (Secondary, 2) })
        {
            using HttpResponseMessage gp = await client.GetAsync($"/api/v1/catalog/gp?ids={noradId}&format=omm-json", Ct);
            int sets = gp.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await gp.Content.ReadAsStringAsync(Ct)).RootElement.GetArrayLength() : 0;
            Expect(sets == (oracle.Released(viewer, k) ? 1 : 0), $"GP set of {noradId}: {sets} ({gp.StatusCode})");
        }
    }

    private static async Task<int> CountAsync(HttpClient client, string query)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions{query}", Ct);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetArrayLength()
            : -1;
    }

    /// <summary>The rules of the trust model (README, "Who sees what"), written independently of the release policy.</summary>
    private sealed record Oracle(string PrimaryMarking, string SecondaryMarking, bool SecondaryConfirmed)
    {
        public int PartyCount => SecondaryConfirmed ? 2 : 1;

        // Whether the record the hub used for object k (its owner's own set) is released to the viewer.
        public bool Released(string viewer, int k)
        {
            string originator = k == 1 ? "AAA" : "BBB", marking = k == 1 ? PrimaryMarking : SecondaryMarking;
            return viewer == originator || marking switch
            {
                "public" => true,
                "restricted" => viewer == "REL",
                _ => k == 1 ? viewer is "PCO" or "POR" : viewer == "QBB", // partners: an active agreement covering orbit-elements
            };
        }

        public bool Owns(string viewer, int k) => k == 1 ? viewer == "AAA" : SecondaryConfirmed && viewer == "BBB";

        public bool IsParty(string viewer) => Owns(viewer, 1) || Owns(viewer, 2);

        public bool Full(string viewer) => Released(viewer, 1) && Released(viewer, 2);

        // Full, a confirmed owner (duty to warn), or a partner of a confirmed owner whose active agreement covers conjunctions.
        public bool Sees(string viewer) => Full(viewer) || IsParty(viewer) || viewer is "PCO" or "PCN" || (SecondaryConfirmed && viewer == "QBB");

        public bool Identifies(string viewer, int k) => Released(viewer, k) || Owns(viewer, k);
    }
}
