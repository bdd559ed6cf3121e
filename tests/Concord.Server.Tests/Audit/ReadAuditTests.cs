using System.Net;
using System.Net.Http.Json;
using Concord.Catalog.Samples;
using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Concord.Server.Tests.Submissions.SubmissionEndpointsTests;

namespace Concord.Server.Tests.Audit;

/// <summary>Reads are audited without taking the hub's write gate: their entries go through the read-audit queue.</summary>
public sealed class ReadAuditTests
{
    private static readonly TimeSpan s_blocked = TimeSpan.FromMilliseconds(500);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACatalogRead_IsAnsweredWhileAWriterHoldsTheGate_AndAuditedWhenTheGateIsFree()
    {
        using var app = new HubApplication();
        HttpClient analyst = await ReaderAsync(app);
        IDisposable writer = await app.Services.GetRequiredService<HubWriteGate>().EnterAsync(Ct);
        try
        {
            using HttpResponseMessage read = await analyst.GetAsync("/api/v1/catalog/gp?ids=90001", Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            await Task.Delay(s_blocked, Ct);
            Assert.Equal(0, await CountReleasesAsync(app)); // queued behind the writer
        }
        finally
        {
            writer.Dispose();
        }

        await app.Services.GetRequiredService<ReadAuditQueue>().FlushAsync(Ct);
        Assert.Equal(1, await CountReleasesAsync(app));
    }

    [Fact]
    public async Task TheAuditRoutes_ShowEveryReadAnsweredBefore()
    {
        using var app = new HubApplication();
        HttpClient analyst = await ReaderAsync(app);
        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage read = await analyst.GetAsync("/api/v1/catalog/gp?ids=90001", Ct);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using HttpClient admin = app.AdminClient();
        AuditRow[]? releases = await admin.GetFromJsonAsync<AuditRow[]>("/api/v1/audit?action=catalog.released", Ct);

        Assert.Equal(5, releases!.Length);
        Assert.All(releases, r => Assert.Equal("catalog:gp", r.Subject));
        VerifyRow? verify = await admin.GetFromJsonAsync<VerifyRow>("/api/v1/audit/verify", Ct);
        Assert.True(verify!.Valid);
        Assert.Equal(await app.WithDbAsync(db => db.AuditEntries.LongCountAsync(Ct)), verify.Entries);
    }

    [Fact]
    public async Task AStop_WritesTheQueuedReadEntriesBeforeItCompletes()
    {
        using var app = new HubApplication();
        HttpClient analyst = await ReaderAsync(app);
        IHost host = app.Services.GetRequiredService<IHost>();
        Task stopped;
        IDisposable writer = await app.Services.GetRequiredService<HubWriteGate>().EnterAsync(Ct);
        try
        {
            using HttpResponseMessage read = await analyst.GetAsync("/api/v1/catalog/gp?ids=90001", Ct);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);

            stopped = host.StopAsync(Ct);
            await Task.Delay(s_blocked, Ct);
            Assert.False(stopped.IsCompleted); // waiting to write the queued entry
        }
        finally
        {
            writer.Dispose();
        }

        await stopped.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        await using HubDbContext db = app.DetachedDb(); // the stopped test host has disposed its services
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.CatalogReleased, Ct));
    }

    private static async Task<HttpClient> ReaderAsync(HubApplication app)
    {
        HttpClient analyst = await AnalystAsync(app, "AAA");
        using HttpResponseMessage submitted = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001)), "text/plain");
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        return analyst;
    }

    private static Task<int> CountReleasesAsync(HubApplication app) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.CatalogReleased, Ct));

    private sealed record AuditRow(long Sequence, string? Action, string? Subject);

    private sealed record VerifyRow(bool Valid, long Entries);
}
