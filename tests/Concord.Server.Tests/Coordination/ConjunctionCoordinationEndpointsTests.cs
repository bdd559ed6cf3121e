using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Release;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Server.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.Coordination;

/// <summary>Acknowledgement, intent, decision and the coordination state over HTTP. AAA owns 90001 (primary) and BBB
/// 90002; CCC has an active conjunctions agreement with AAA (the full event is released to it, but it is no party);
/// DDD has nothing. The event is stored directly, high risk, TCA one day ahead.</summary>
public sealed class ConjunctionCoordinationEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(Federation Federation, string Id)> SceneAsync(HubApplication app)
    {
        Federation federation = await CreateAsync(app, "AAA", "BBB", "CCC", "DDD");
        await federation.RegisterObjectAsync("AAA", new TestObject(90001, "PRIMARY", "partners", null, Leo: true, "operational"));
        await federation.RegisterObjectAsync("BBB", new TestObject(90002, "SECONDARY", "partners", null, Leo: true, "operational"));
        await federation.ActivateAsync(["AAA", "CCC"], categories: ["conjunctions"]);
        Guid id = await app.WithDbAsync(async db =>
        {
            DateTimeOffset now = app.Time.GetUtcNow();
            var e = new ConjunctionEvent
            {
                Id = Guid.CreateVersion7(now),
                PrimaryCatalogNumber = 90001,
                SecondaryCatalogNumber = 90002,
                Tca = Epoch.FromUtc(now.AddDays(1)),
                MissDistanceMeters = 30.0,
                RelativeSpeedMetersPerSecond = 6000.0,
                Pc = 1e-3,
                RiskLevel = ConjunctionRiskLevel.High,
                RiskLevelSince = now,
                Status = ConjunctionStatus.Open,
                FirstScreenedAt = now,
                LastScreenedAt = now,
                // Each owner's own element set, released to the other party only, spoke for its object: the parties identify
                // each other; CCC (AAA's conjunctions partner) sees the encounter only, DDD nothing.
                PrimarySide = new ConjunctionSide { SourceKind = ConjunctionSources.Elements, SourceId = Guid.NewGuid(), SourceOriginator = "AAA",
                    SourceMarking = Marking.Restricted, SourceRelTo = ["BBB"], SourceStoredAt = now, Authority = ConjunctionSources.Owner },
                SecondarySide = new ConjunctionSide { SourceKind = ConjunctionSources.Elements, SourceId = Guid.NewGuid(), SourceOriginator = "BBB",
                    SourceMarking = Marking.Restricted, SourceRelTo = ["AAA"], SourceStoredAt = now, Authority = ConjunctionSources.Owner },
            };
            db.ConjunctionEvents.Add(e);
            await db.SaveChangesAsync(Ct);
            return e.Id;
        });
        return (federation, id.ToString("D"));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object? body = null)
    {
        using HttpResponseMessage response = body is null ? await client.PostAsync(path, null, Ct) : await client.PostAsJsonAsync(path, body, Ct);
        using JsonDocument json = await HubApplication.ReadJsonAsync(response);
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument json = await HubApplication.ReadJsonAsync(response);
        return json.RootElement.Clone();
    }

    private static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    [Fact]
    public async Task Acknowledge_PartiesOnly_PartnerForbidden_ThirdAgencyNotFound_AuditorMissingRole()
    {
        using var app = new HubApplication();
        (Federation f, string id) = await SceneAsync(app);
        string path = $"/api/v1/conjunctions/{id}/acknowledge";

        (HttpStatusCode created, JsonElement ack) = await PostAsync(f.Client("BBB", "analyst"), path, new { comment = "Seen." });
        (HttpStatusCode again, JsonElement same) = await PostAsync(f.Client("BBB", "agency-admin"), path);
        int audit = await f.AuditCountAsync();
        (HttpStatusCode partner, JsonElement partnerProblem) = await PostAsync(f.Client("CCC", "officer"), path);
        (HttpStatusCode third, JsonElement thirdProblem) = await PostAsync(f.Client("DDD", "officer"), path);
        (HttpStatusCode auditor, JsonElement auditorProblem) = await PostAsync(f.Client("AAA", "auditor"), path);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created, again));
        Assert.Equal(("BBB", "high", "Seen.", true), (ack.GetProperty("agency").GetString(), ack.GetProperty("riskLevel").GetString(),
            ack.GetProperty("comment").GetString(), ack.GetProperty("valid").GetBoolean()));
        Assert.Equal(ack.GetProperty("id").GetString(), same.GetProperty("id").GetString());
        Assert.Equal((HttpStatusCode.Forbidden, HubErrorCodes.ConjunctionNotAParty), (partner, Code(partnerProblem)));
        Assert.Equal((HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound), (third, Code(thirdProblem)));
        Assert.Equal((HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole), (auditor, Code(auditorProblem)));
        Assert.Equal(audit, await f.AuditCountAsync());
    }

    [Fact]
    public async Task Decision_ProposedByOneParty_CoSignedByTheOther_IsImmutable_AndShownOnTheEvent()
    {
        using var app = new HubApplication();
        (Federation f, string id) = await SceneAsync(app);
        string decision = $"/api/v1/conjunctions/{id}/decision";
        await PostAsync(f.Client("AAA", "officer"), $"/api/v1/conjunctions/{id}/acknowledge");
        (HttpStatusCode intentStatus, JsonElement intent) = await PostAsync(f.Client("BBB", "analyst"), $"/api/v1/conjunctions/{id}/intent",
            new { intent = "will-mitigate", maneuverable = "yes", comment = "We can burn." });

        (HttpStatusCode proposedStatus, JsonElement proposed) = await PostAsync(f.Client("AAA", "officer"), decision, new
        {
            maneuveringObject = "90002",
            maneuverAt = "2026-01-01T12:00:00Z",
            planId = (string?)null,
            summary = "BBB raises 90002 by 200 m.",
        });
        (HttpStatusCode coSignedStatus, JsonElement coSigned) = await PostAsync(f.Client("BBB", "officer"), $"{decision}/co-sign",
            new { sha256 = proposed.GetProperty("sha256").GetString() });
        (HttpStatusCode proposeAgain, JsonElement proposeAgainProblem) = await PostAsync(f.Client("BBB", "officer"), decision,
            new { maneuveringObject = (string?)null, summary = "Nobody moves." });

        Assert.Equal((HttpStatusCode.Created, "90002", "will-mitigate", "yes"), (intentStatus, intent.GetProperty("object").GetString(),
            intent.GetProperty("intent").GetString(), intent.GetProperty("maneuverable").GetString()));
        Assert.Equal((HttpStatusCode.Created, "proposed", "90002"), (proposedStatus, proposed.GetProperty("status").GetString(),
            proposed.GetProperty("maneuveringObject").GetString()));
        Assert.Matches("^[0-9a-f]{64}$", proposed.GetProperty("sha256").GetString());
        Assert.Equal((HttpStatusCode.OK, "co-signed"), (coSignedStatus, coSigned.GetProperty("status").GetString()));
        Assert.Equal([("AAA", "proposer"), ("BBB", "co-signer")], coSigned.GetProperty("signatures").EnumerateArray()
            .Select(s => (s.GetProperty("agency").GetString()!, s.GetProperty("as").GetString()!)));
        Assert.Equal((HttpStatusCode.Conflict, HubErrorCodes.DecisionAlreadyCoSigned), (proposeAgain, Code(proposeAgainProblem)));

        JsonElement full = (await GetAsync(f.Client("AAA", "analyst"), $"/api/v1/conjunctions/{id}")).GetProperty("coordination");
        Assert.Equal([("AAA", true), ("BBB", false)], full.GetProperty("parties").EnumerateArray()
            .Select(p => (p.GetProperty("agency").GetString()!, p.GetProperty("acknowledged").GetBoolean())));
        Assert.Equal("will-mitigate", full.GetProperty("parties")[1].GetProperty("intent").GetProperty("intent").GetString());
        Assert.Equal(("co-signed", coSigned.GetProperty("id").GetString()),
            (full.GetProperty("decisionStatus").GetString(), full.GetProperty("decision").GetProperty("id").GetString()));
        // A partner of AAA (conjunctions shared) sees the event but not the parties' coordination: the decision status only.
        JsonElement partner = await GetAsync(f.Client("CCC", "analyst"), $"/api/v1/conjunctions/{id}/coordination");
        Assert.Equal(0, partner.GetProperty("parties").GetArrayLength());
        Assert.Equal(("co-signed", JsonValueKind.Null), (partner.GetProperty("decisionStatus").GetString(), partner.GetProperty("decision").ValueKind));
        JsonElement other = (await GetAsync(f.Client("BBB", "analyst"), $"/api/v1/conjunctions/{id}")).GetProperty("coordination");
        Assert.Equal([("AAA", true), ("BBB", false)], other.GetProperty("parties").EnumerateArray()
            .Select(p => (p.GetProperty("agency").GetString()!, p.GetProperty("acknowledged").GetBoolean())));
        Assert.Equal(JsonValueKind.Object, other.GetProperty("decision").ValueKind);
        JsonElement listed = Assert.Single((await GetAsync(f.Client("AAA", "analyst"), "/api/v1/conjunctions")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("coordination").ValueKind);
    }

    [Fact]
    public async Task InvalidInput_GetsSpecificCodes_AndWritesNothing()
    {
        using var app = new HubApplication();
        (Federation f, string id) = await SceneAsync(app);
        int audit = await f.AuditCountAsync();

        (HttpStatusCode s1, JsonElement p1) = await PostAsync(f.Client("AAA", "officer"), $"/api/v1/conjunctions/{id}/intent",
            new { intent = "maybe", maneuverable = "yes" });
        (HttpStatusCode s2, JsonElement p2) = await PostAsync(f.Client("AAA", "officer"), $"/api/v1/conjunctions/{id}/decision",
            new { maneuveringObject = "90001", maneuverAt = "2026-01-03T00:00:00Z", summary = "Too late." });
        (HttpStatusCode s3, JsonElement p3) = await PostAsync(f.Client("AAA", "officer"), $"/api/v1/conjunctions/{id}/decision",
            new { maneuveringObject = "12345", summary = "Someone else." });
        (HttpStatusCode s4, JsonElement p4) = await PostAsync(f.Client("BBB", "officer"), $"/api/v1/conjunctions/{id}/decision/co-sign",
            new { sha256 = new string('0', 64) });
        (HttpStatusCode s5, JsonElement p5) = await PostAsync(f.Client("AAA", "officer"), $"/api/v1/conjunctions/{id}/intent",
            new { intent = "undetermined", maneuverable = "unknown", @object = "90002" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed), (s1, Code(p1)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.DecisionManeuverAfterTca), (s2, Code(p2)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.DecisionObjectNotInEvent), (s3, Code(p3)));
        Assert.Equal((HttpStatusCode.NotFound, HubErrorCodes.DecisionNotFound), (s4, Code(p4)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.IntentObjectNotOwn), (s5, Code(p5)));
        Assert.Equal(audit, await f.AuditCountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind != NotificationKinds.ApiKeyIssued, Ct)));
    }

    [Fact]
    public async Task CoSign_NamesTheProposalRead_WithoutAHash422_WithAnotherHash409_AndWritesNothing()
    {
        using var app = new HubApplication();
        (Federation f, string id) = await SceneAsync(app);
        string decision = $"/api/v1/conjunctions/{id}/decision";
        (HttpStatusCode proposedStatus, JsonElement proposed) = await PostAsync(f.Client("AAA", "officer"), decision,
            new { maneuveringObject = (string?)null, summary = "Nobody moves." });
        Assert.Equal(HttpStatusCode.Created, proposedStatus);
        string sha256 = proposed.GetProperty("sha256").GetString()!;
        int audit = await f.AuditCountAsync();

        (HttpStatusCode noBody, JsonElement noBodyProblem) = await PostAsync(f.Client("BBB", "officer"), $"{decision}/co-sign");
        (HttpStatusCode blank, JsonElement blankProblem) = await PostAsync(f.Client("BBB", "officer"), $"{decision}/co-sign",
            new { sha256 = " " });
        (HttpStatusCode other, JsonElement otherProblem) = await PostAsync(f.Client("BBB", "officer"), $"{decision}/co-sign",
            new { sha256 = new string('a', 64) });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed, "sha256"),
            (noBody, Code(noBodyProblem), noBodyProblem.GetProperty("errors")[0].GetProperty("arguments")[0].GetString()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed, "sha256"),
            (blank, Code(blankProblem), blankProblem.GetProperty("errors")[0].GetProperty("arguments")[0].GetString()));
        Assert.Equal((HttpStatusCode.Conflict, HubErrorCodes.DecisionContentMismatch), (other, Code(otherProblem)));
        Assert.Equal(audit, await f.AuditCountAsync());
        JsonElement state = await GetAsync(f.Client("AAA", "analyst"), $"/api/v1/conjunctions/{id}/coordination");
        Assert.Equal("proposed", state.GetProperty("decisionStatus").GetString());

        (HttpStatusCode signed, JsonElement coSigned) = await PostAsync(f.Client("BBB", "officer"), $"{decision}/co-sign",
            new { sha256 = sha256.ToUpperInvariant() });
        Assert.Equal((HttpStatusCode.OK, "co-signed", sha256), (signed, coSigned.GetProperty("status").GetString(),
            coSigned.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task EscalationWorker_WhenEnabled_EscalatesAnUnacknowledgedEventToTheDutyContacts()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Coordination:EscalationEnabled"] = "true";
        app.Settings["Concord:Coordination:AcknowledgeTimeout"] = "00:01:00";
        app.Settings["Concord:Coordination:EscalationCheckInterval"] = "00:00:10";
        (Federation f, string id) = await SceneAsync(app);
        await PostAsync(f.Client("AAA", "analyst"), $"/api/v1/conjunctions/{id}/acknowledge");

        int escalations = 0;
        for (int i = 0; i < 100 && escalations == 0; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(50, Ct);
            escalations = await app.WithDbAsync(db => db.ConjunctionEscalations.CountAsync(Ct));
        }

        JsonElement state = await GetAsync(f.Client("BBB", "analyst"), $"/api/v1/conjunctions/{id}/coordination");
        JsonElement step = Assert.Single(Assert.Single(state.GetProperty("parties").EnumerateArray(), p => p.GetProperty("agency").GetString() == "BBB")
            .GetProperty("escalations").EnumerateArray());
        Assert.Equal(1, step.GetProperty("step").GetInt32());
        Assert.Equal(0, await app.WithDbAsync(db => db.ConjunctionEscalations.CountAsync(s => s.Agency == "AAA", Ct)));
        Assert.Equal("BBB", await app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == "conjunction.escalated").Select(n => n.Agency).SingleAsync(Ct)));
    }

    [Fact]
    public async Task AgencyContacts_CarryTheOptionalDutyFlag()
    {
        using var app = new HubApplication();
        using HttpResponseMessage created = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies", new
        {
            code = "EEE",
            name = "Agency E",
            country = "ES",
            contacts = new object[] { new { name = "On Duty", email = "duty@e.example", duty = true }, new { name = "Other", email = "o@e.example" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        JsonElement agency = await GetAsync(app.AdminClient(), "/api/v1/agencies/EEE");

        Assert.Equal([true, false], agency.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("duty").GetBoolean()));
    }
}
