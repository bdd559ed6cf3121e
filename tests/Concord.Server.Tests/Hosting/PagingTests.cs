using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;
using static Concord.Server.Tests.Conjunctions.ConjunctionObjects;

namespace Concord.Server.Tests.Hosting;

/// <summary>Every collection route pages: <c>limit</c> (default 100, 1 to 1000), <c>after</c>, and <c>Link: &lt;…&gt;;
/// rel="next"</c> only when a next page exists; pages neither skip nor repeat when rows are added meanwhile.</summary>
public sealed class PagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] s_routes =
    [
        "/api/v1/objects", "/api/v1/conjunctions", "/api/v1/agreements", "/api/v1/webhooks", "/api/v1/audit",
        "/api/v1/conjunctions/0190a0b2-0000-7000-8000-000000000000/maneuver-plans",
    ];

    [Fact]
    public async Task LimitOutside1To1000_AndAMalformedCursor_Are400InvalidQuery()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient agencyAdmin = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        HttpClient admin = app.AdminClient();
        foreach (string route in s_routes)
        {
            HttpClient client = route.EndsWith("/webhooks", StringComparison.Ordinal) ? agencyAdmin : admin;
            foreach (string limit in new[] { "0", "1001", "-1" })
            {
                using HttpResponseMessage response = await client.GetAsync($"{route}?limit={limit}", Ct);
                JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
                Assert.Equal("limit", problem.GetProperty("parameter").GetString());
            }

            using HttpResponseMessage ok = await client.GetAsync($"{route}?limit=1000", Ct);
            Assert.True(ok.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{route}: {(int)ok.StatusCode}");
        }

        foreach (string route in new[] { "/api/v1/conjunctions", "/api/v1/agreements", "/api/v1/objects" })
        {
            using HttpResponseMessage response = await admin.GetAsync($"{route}?after=%25%25not-a-cursor", Ct);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        }
    }

    [Fact]
    public async Task Agreements_PageByLink_WithoutSkippingOrRepeating_WhenOneIsAddedMeanwhile()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        await app.CreateAgencyAsync("CCC");
        HttpClient officer = app.ClientWithKey((await app.IssueKeyAsync("AAA", "officer")).Key);
        HttpClient outsider = app.ClientWithKey((await app.IssueKeyAsync("CCC", "officer")).Key);
        var created = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(1)); // ids are UUID v7 of the hub's clock: creation order
            created.Add(await ProposeAsync(officer));
        }

        (string[] first, string? next) = await PageAsync(officer, "/api/v1/agreements?limit=2");
        Assert.Equal(created[..2], first);
        Assert.NotNull(next);
        Assert.Contains("limit=2", next, StringComparison.Ordinal);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        created.Add(await ProposeAsync(officer)); // added between two pages

        (string[] second, string? last) = await PageAsync(officer, next);
        Assert.Equal(created[2..], second);
        Assert.Null(last);

        // Exactly one page: no Link. Another agency sees none of them, and no link hints at them.
        (string[] all, string? none) = await PageAsync(officer, "/api/v1/agreements?limit=4");
        Assert.Equal(created, all);
        Assert.Null(none);
        (string[] hidden, string? hint) = await PageAsync(outsider, "/api/v1/agreements?limit=1");
        Assert.Empty(hidden);
        Assert.Null(hint);
    }

    [Fact]
    public async Task Webhooks_Objects_AndAudit_SetLinkOnlyWhenANextPageExists()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient agencyAdmin = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        var hooks = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(1));
            using HttpResponseMessage created = await agencyAdmin.PostAsJsonAsync("/api/v1/webhooks", new { url = $"https://ops.aaa.test/{i}" }, Ct);
            using JsonDocument body = await HubApplication.ReadJsonAsync(created);
            hooks.Add(body.RootElement.GetProperty("id").GetString()!);
            using HttpResponseMessage registered = await agencyAdmin.PostAsJsonAsync("/api/v1/objects",
                new { noradId = $"9000{i + 1}", name = $"Object {i}", owner = "AAA", status = "operational" }, Ct);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        (string[] page1, string? next) = await PageAsync(agencyAdmin, "/api/v1/webhooks?limit=2");
        (string[] page2, string? end) = await PageAsync(agencyAdmin, next!);
        Assert.Equal(hooks, [.. page1, .. page2]);
        Assert.Null(end);

        (string[] objects1, string? objectsNext) = await PageAsync(agencyAdmin, "/api/v1/objects?limit=2&owner=AAA", "noradId");
        Assert.Equal(["90001", "90002"], objects1);
        Assert.EndsWith("after=90002", objectsNext, StringComparison.Ordinal);
        Assert.Contains("owner=AAA", objectsNext, StringComparison.Ordinal); // the filters stay
        (string[] objects2, string? objectsEnd) = await PageAsync(agencyAdmin, objectsNext!, "noradId");
        Assert.Equal(["90003"], objects2);
        Assert.Null(objectsEnd);

        var sequences = new List<string>();
        string? audit = "/api/v1/audit?limit=4";
        while (audit is not null)
        {
            (string[] entries, audit) = await PageAsync(app.AdminClient(), audit, "sequence");
            Assert.NotEmpty(entries);
            sequences.AddRange(entries);
        }

        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), sequences);
    }

    [Fact]
    public async Task Conjunctions_PageByTcaWithAnOpaqueCursor_AndCountOnlyWhatTheViewerSees()
    {
        using var app = new HubApplication();
        (HttpClient a, _, HttpClient c) = await ScreenedAsync(app);
        var ids = new List<Guid> { await app.WithDbAsync(db => db.ConjunctionEvents.Select(e => e.Id).SingleAsync(Ct)) };
        for (int i = 1; i <= 3; i++)
        {
            ids.Add(await CopyEventAsync(app, ids[0], Duration.FromSeconds(i * 600)));
        }

        (string[] first, string? next) = await PageAsync(a, "/api/v1/conjunctions?limit=3");
        Assert.Equal(ids[..3].Select(id => id.ToString("D")), first);
        Assert.NotNull(next);
        Assert.DoesNotContain(ids[2].ToString("N"), next, StringComparison.OrdinalIgnoreCase); // opaque, not the id
        ids.Add(await CopyEventAsync(app, ids[0], Duration.FromSeconds(-600))); // before the cursor: not on a later page
        ids.Add(await CopyEventAsync(app, ids[0], Duration.FromSeconds(3000))); // after it: on the next page

        (string[] second, string? last) = await PageAsync(a, next);
        Assert.Equal(new[] { ids[3], ids[5] }.Select(id => id.ToString("D")), second);
        Assert.Null(last);

        // CCC may see none of them: an empty page and no link, whatever the limit.
        (string[] none, string? hint) = await PageAsync(c, "/api/v1/conjunctions?limit=1");
        Assert.Empty(none);
        Assert.Null(hint);
    }

    private static async Task<Guid> CopyEventAsync(HubApplication app, Guid id, Duration shift) => await app.WithDbAsync(async db =>
    {
        ConjunctionEvent original = await db.ConjunctionEvents.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        var copy = new ConjunctionEvent
        {
            Id = Guid.CreateVersion7(),
            PrimaryCatalogNumber = original.PrimaryCatalogNumber,
            SecondaryCatalogNumber = original.SecondaryCatalogNumber,
            Tca = original.Tca + shift,
            MissDistanceMeters = original.MissDistanceMeters,
            RelativeSpeedMetersPerSecond = original.RelativeSpeedMetersPerSecond,
            Pc = original.Pc,
            RiskLevel = original.RiskLevel,
            RiskLevelSince = original.RiskLevelSince,
            Status = original.Status,
            FirstScreenedAt = original.FirstScreenedAt,
            LastScreenedAt = original.LastScreenedAt,
            PcMethod = original.PcMethod,
            PrimarySide = original.PrimarySide,
            SecondarySide = original.SecondarySide,
        };
        db.ConjunctionEvents.Add(copy);
        await db.SaveChangesAsync(Ct);
        return copy.Id;
    });

    private static async Task<string> ProposeAsync(HttpClient officer)
    {
        using HttpResponseMessage response = await officer.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "Orbit sharing",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements" },
            objectScope = "owned-by-parties",
            conditions = new { embargoMinutes = 0 },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>One page: the items' <paramref name="key"/> values and the <c>rel="next"</c> target, if any.</summary>
    private static async Task<(string[] Keys, string? Next)> PageAsync(HttpClient client, string url, string key = "id")
    {
        using HttpResponseMessage response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        string[] keys = [.. body.RootElement.EnumerateArray().Select(e => e.GetProperty(key).ValueKind == JsonValueKind.Number
            ? e.GetProperty(key).GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)
            : e.GetProperty(key).GetString()!)];
        string? next = null;
        if (response.Headers.TryGetValues("Link", out IEnumerable<string>? links))
        {
            string link = Assert.Single(links);
            Assert.EndsWith(">; rel=\"next\"", link, StringComparison.Ordinal);
            next = link[1..link.IndexOf('>', StringComparison.Ordinal)];
            Assert.StartsWith("/api/v1/", next, StringComparison.Ordinal);
        }

        return (keys, next);
    }
}
