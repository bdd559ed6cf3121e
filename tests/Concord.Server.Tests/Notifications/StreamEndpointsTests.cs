using System.Globalization;
using System.Net;
using System.Text.Json;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using static Concord.Server.Tests.Conjunctions.ConjunctionObjects;
using static Concord.Server.Tests.Notifications.NotificationScenario;

namespace Concord.Server.Tests.Notifications;

public sealed class StreamEndpointsTests
{
    /// <summary>How long a stream is watched to show that nothing arrives: several poll intervals (1 s) of the stream.</summary>
    private static readonly TimeSpan s_silence = TimeSpan.FromSeconds(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Owners_ReceiveTheNewEventLive_WithTheirDetail_AndOthersNothing()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c) = await PrepareAsync(app);
        using EventStream streamA = await EventStream.OpenAsync(a);
        using EventStream streamB = await EventStream.OpenAsync(b);
        using EventStream streamC = await EventStream.OpenAsync(c, lastEventId: "0");
        using EventStream streamAdmin = await EventStream.OpenAsync(app.AdminClient(), lastEventId: "0");

        await ScreenAsync(app, a);

        HubNotification created = await NewestAsync(app);
        EventStream.ServerSentEvent full = await streamA.NextAsync();
        Assert.Equal((created.Sequence.ToString(CultureInfo.InvariantCulture), NotificationKinds.ConjunctionCreated), (full.Id, full.Event));
        JsonElement data = full.Json;
        Assert.Equal(["id", "sequence", "kind", "eventId", "riskLevel", "createdAt", "conjunction"], data.EnumerateObject().Select(p => p.Name));
        Assert.Equal(created.Id, data.GetProperty("id").GetGuid());
        Assert.Equal(created.Sequence, data.GetProperty("sequence").GetInt64());
        Assert.Equal(created.EventId, data.GetProperty("eventId").GetGuid());
        Assert.Equal(created.RiskLevel, data.GetProperty("riskLevel").GetString());
        Assert.Equal(created.CreatedAt, data.GetProperty("createdAt").GetDateTimeOffset());
        await AssertSameAsGetAsync(a, created.EventId, data.GetProperty("conjunction"), "full");
        Assert.Equal("AAA", data.GetProperty("conjunction").GetProperty("primaryOwner").GetString());

        EventStream.ServerSentEvent basic = await streamB.NextAsync();
        Assert.Equal((full.Id, full.Event), (basic.Id, basic.Event));
        await AssertSameAsGetAsync(b, created.EventId, basic.Json.GetProperty("conjunction"), "encounter");
        Assert.Equal(JsonValueKind.Null, basic.Json.GetProperty("conjunction").GetProperty("primaryNoradId").ValueKind);
        Assert.DoesNotContain("90001", basic.Json.GetRawText(), StringComparison.Ordinal); // the record behind 90001 is not BBB's to see

        Assert.Null(await streamC.ReadAsync(s_silence));
        Assert.Null(await streamAdmin.ReadAsync(TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task Resume_SendsOnlyLaterNotifications_AndWithoutAnIdOnlyNewOnes()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await PrepareAsync(app);
        await ScreenAsync(app, a);
        HubNotification created = await NewestAsync(app);
        long updated = await NotifyAsync(app, created.EventId, NotificationKinds.ConjunctionUpdated);
        string after = created.Sequence.ToString(CultureInfo.InvariantCulture);

        using (EventStream byHeader = await EventStream.OpenAsync(a, lastEventId: after))
        {
            EventStream.ServerSentEvent next = await byHeader.NextAsync();
            Assert.Equal((updated.ToString(CultureInfo.InvariantCulture), NotificationKinds.ConjunctionUpdated), (next.Id, next.Event));
        }

        using (EventStream byQuery = await EventStream.OpenAsync(a, path: $"/api/v1/stream?lastEventId={after}"))
        {
            Assert.Equal(updated.ToString(CultureInfo.InvariantCulture), (await byQuery.NextAsync()).Id);
        }

        using (EventStream fromStart = await EventStream.OpenAsync(a, lastEventId: "0"))
        {
            Assert.Equal(after, (await fromStart.NextAsync()).Id);
            Assert.Equal(updated.ToString(CultureInfo.InvariantCulture), (await fromStart.NextAsync()).Id);
        }

        using EventStream live = await EventStream.OpenAsync(a);
        long closed = await NotifyAsync(app, created.EventId, NotificationKinds.ConjunctionClosed);
        EventStream.ServerSentEvent first = await live.NextAsync();
        Assert.Equal((closed.ToString(CultureInfo.InvariantCulture), NotificationKinds.ConjunctionClosed), (first.Id, first.Event));
    }

    [Fact]
    public async Task NotificationAddressedToOneAgency_ReachesOnlyThatAgency()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await PrepareAsync(app);
        await ScreenAsync(app, a);
        HubNotification created = await NewestAsync(app);
        string after = created.Sequence.ToString(CultureInfo.InvariantCulture);
        long escalated = await NotifyAsync(app, created.EventId, NotificationKinds.ConjunctionEscalated, agency: "BBB");
        long updated = await NotifyAsync(app, created.EventId, NotificationKinds.ConjunctionUpdated);

        using EventStream streamA = await EventStream.OpenAsync(a, lastEventId: after);
        using EventStream streamB = await EventStream.OpenAsync(b, lastEventId: after);

        Assert.Equal(updated.ToString(CultureInfo.InvariantCulture), (await streamA.NextAsync()).Id);
        EventStream.ServerSentEvent forB = await streamB.NextAsync();
        Assert.Equal((escalated.ToString(CultureInfo.InvariantCulture), NotificationKinds.ConjunctionEscalated), (forB.Id, forB.Event));
        Assert.Equal(updated.ToString(CultureInfo.InvariantCulture), (await streamB.NextAsync()).Id);
    }

    [Theory]
    [InlineData("abc", null)]
    [InlineData("-1", null)]
    [InlineData(null, "1.5")]
    public async Task MalformedLastEventId_Is400BeforeTheStreamStarts(string? header, string? query)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        using var request = new HttpRequestMessage(HttpMethod.Get, query is null ? "/api/v1/stream" : $"/api/v1/stream?lastEventId={query}");
        if (header is not null)
        {
            request.Headers.Add("Last-Event-ID", header);
        }

        using HttpResponseMessage response = await a.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
    }

    [Fact]
    public async Task Auditors_AreRefused_AndCallersWithoutAKeyToo()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient auditor = app.ClientWithKey((await app.IssueKeyAsync("AAA", "auditor")).Key);

        using HttpResponseMessage refused = await auditor.GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, Ct);
        using HttpResponseMessage anonymous = await app.ClientWithKey(null).GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, Ct);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("officer")]
    [InlineData("agency-admin")]
    [InlineData("hub-admin")]
    public async Task EveryReaderRole_MayOpenTheStream(string role)
    {
        using var app = new HubApplication();
        HttpClient client;
        if (role == "hub-admin")
        {
            client = app.AdminClient();
        }
        else
        {
            await app.CreateAgencyAsync("AAA");
            client = app.ClientWithKey((await app.IssueKeyAsync("AAA", role)).Key);
        }

        using EventStream stream = await EventStream.OpenAsync(client);
    }

    /// <summary>The streamed conjunction is the GET's answer to the same caller, less the history and the coordination
    /// state (which the list leaves out too).</summary>
    private static async Task AssertSameAsGetAsync(HttpClient client, Guid eventId, JsonElement streamed, string detail)
    {
        JsonElement got = await GetConjunctionAsync(client, eventId);
        Assert.Equal(detail, streamed.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, streamed.GetProperty("updates").ValueKind);
        Assert.Equal(JsonValueKind.Null, streamed.GetProperty("coordination").ValueKind);
        Assert.Equal(got.EnumerateObject().Select(p => p.Name), streamed.EnumerateObject().Select(p => p.Name));
        foreach (JsonProperty property in got.EnumerateObject().Where(p => p.Name is not "updates" and not "coordination"))
        {
            Assert.Equal(property.Value.GetRawText(), streamed.GetProperty(property.Name).GetRawText());
        }
    }
}
