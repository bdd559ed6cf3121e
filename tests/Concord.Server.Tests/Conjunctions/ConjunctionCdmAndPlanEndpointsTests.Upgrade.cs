using System.Net;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Errors;
using Concord.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.Server.Tests.Conjunctions;

/// <summary>An update stored before typed storage (its CDM text only) is served again once the start-up upgrade ran.</summary>
public sealed partial class ConjunctionCdmAndPlanEndpointsTests
{
    [Fact]
    public async Task Cdm_OfAnUpdateStoredAsText_IsServedAfterTheStartUpUpgrade()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _, string id) = await ScreenedAsync(app);
        using HttpResponseMessage typed = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        string text = await typed.Content.ReadAsStringAsync(Ct);

        // The row as a hub before typed storage wrote it: the CDM text, no typed assessment.
        int changed = await app.WithDbAsync(async db =>
        {
            ITable table = db.Model.GetRelationalModel().FindTable("conjunction_updates", null)!;
            string nulls = string.Join(", ", table.Columns.Where(c => c.Name.StartsWith("Assessment_", StringComparison.Ordinal))
                .Select(c => $"\"{c.Name}\" = NULL"));
#pragma warning disable EF1002 // the column names come from the model, the text is a parameter
            return await db.Database.ExecuteSqlRawAsync($"UPDATE conjunction_updates SET \"CdmKvn\" = {{0}}, {nulls}", [text], Ct);
#pragma warning restore EF1002
        });
        Assert.Equal(1, changed);
        using HttpResponseMessage legacy = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        await ProblemAssert.IsProblemAsync(legacy, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionCdmNotFound);

        await app.Services.GetServices<IHostedService>().OfType<HubInitializer>().Single().StartAsync(Ct);

        using HttpResponseMessage upgraded = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        Assert.Equal(HttpStatusCode.OK, upgraded.StatusCode);
        Cdm original = Assert.Single(CdmReader.Parse(text).Messages);
        Cdm served = Assert.Single(CdmReader.Parse(await upgraded.Content.ReadAsStringAsync(Ct)).Messages);
        // Everything but the states is the same message; the states went EME2000 km -> TEME m -> EME2000 km (< 1 µm).
        Assert.Equal(original with { Object1 = served.Object1, Object2 = served.Object2 }, served);
        Assert.Equal((original.Object1.Metadata, original.Object2.Metadata), (served.Object1.Metadata, served.Object2.Metadata));
        Assert.Equal((original.Object1.Data.RtnCovariance, original.Object2.Data.RtnCovariance), (served.Object1.Data.RtnCovariance, served.Object2.Data.RtnCovariance));
        Assert.Equal(original.Object2.Data.StateVector.XKilometers, served.Object2.Data.StateVector.XKilometers, 1e-9);
        Assert.Equal(original.Object1.Data.StateVector.YDotKilometersPerSecond, served.Object1.Data.StateVector.YDotKilometersPerSecond, 1e-12);
        int archived = await app.WithDbAsync(db => db.ConjunctionUpdates.CountAsync(u => u.CdmKvn == text, Ct));
        Assert.Equal(1, archived);
    }
}
