using System.Net;
using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Ccsds.Omm;
using static Concord.Server.Tests.Submissions.SubmissionEndpointsTests;

namespace Concord.Server.Tests.Catalog;

/// <summary>Every element set keeps its originator in the GP outputs: the OMM header keyword <c>ORIGINATOR</c> of each
/// KVN/XML message, the <c>ORIGINATOR</c> column of JSON and CSV (invariant 1: an observation shows who made it).</summary>
public sealed class CatalogOriginatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> OmmFormats() => ["omm-json", "omm-xml", "omm-kvn", "omm-csv"];

    private static async Task<(HttpClient Aaa, HttpClient Bbb)> TwoSourcesAsync(HubApplication app)
    {
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 10), CatalogSamples.Set(90001, day: 12),
            CatalogSamples.Set(90003, day: 10)));
        await SubmitAsync(bbb, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 11), CatalogSamples.Set(90002, day: 10)));
        return (aaa, bbb);
    }

    private static async Task SubmitAsync(HttpClient client, string text)
    {
        using HttpResponseMessage response = await PostAsync(client, text, "text/plain", "?marking=public");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<(int CatalogNumber, string? Originator)[]> ReadAsync(HttpClient client, string uri)
    {
        using HttpResponseMessage response = await client.GetAsync(uri, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OmmReadResult read = OmmReader.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(read.Success, string.Join("; ", read.Diagnostics));
        return [.. read.Messages.Select(m => (m.Data.TleParameters!.NoradCatalogId!.Value, m.Header.Originator))];
    }

    [Theory]
    [MemberData(nameof(OmmFormats))]
    public async Task Gp_EachSetCarriesTheAgencyThatSubmittedIt(string format)
    {
        using var app = new HubApplication();
        (HttpClient aaa, _) = await TwoSourcesAsync(app);

        (int, string?)[] sets = await ReadAsync(aaa, $"/api/v1/catalog/gp?ids=90001,90002,90003&format={format}");

        Assert.Equal([(90001, "AAA"), (90002, "BBB"), (90003, "AAA")], sets);
    }

    [Theory]
    [MemberData(nameof(OmmFormats))]
    public async Task History_WithSetsFromTwoAgencies_ShowsEachSetsOriginator(string format)
    {
        using var app = new HubApplication();
        (_, HttpClient bbb) = await TwoSourcesAsync(app);

        (int, string?)[] sets = await ReadAsync(bbb, $"/api/v1/catalog/gp/history?id=90001&format={format}");

        Assert.Equal([(90001, "AAA"), (90001, "BBB"), (90001, "AAA")], sets);
    }

    [Fact]
    public async Task Gp_OmmJson_LeadsEachObjectWithOriginator()
    {
        using var app = new HubApplication();
        (HttpClient aaa, _) = await TwoSourcesAsync(app);

        using JsonDocument json = JsonDocument.Parse(await aaa.GetStringAsync("/api/v1/catalog/gp?ids=90001,90002", Ct));

        Assert.Equal(["AAA", "BBB"], json.RootElement.EnumerateArray().Select(o => o.EnumerateObject().First())
            .Select(p => Assert.IsType<string>(p.Name == "ORIGINATOR" ? p.Value.GetString() : null)));
    }
}
