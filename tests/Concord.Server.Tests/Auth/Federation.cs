using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Auth;

/// <summary>The cast of the authorization matrix: agencies on one <see cref="HubApplication"/>, each with one key per
/// agency role, and the hub administrator. Also the few arrangements the matrix repeats (objects, agreements).</summary>
internal sealed class Federation
{
    /// <summary>The roles an agency key can have.</summary>
    public static readonly string[] AgencyRoles = ["agency-admin", "officer", "analyst", "auditor"];

    private readonly Dictionary<Caller, HttpClient> _clients = [];

    private Federation(HubApplication app) => App = app;

    public HubApplication App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Registers <paramref name="agencies"/> and issues a key for every agency role of each.</summary>
    public static async Task<Federation> CreateAsync(HubApplication app, params string[] agencies)
    {
        var federation = new Federation(app);
        federation._clients[Caller.Anonymous] = app.ClientWithKey(null);
        federation._clients[Caller.HubAdmin] = app.AdminClient();
        foreach (string agency in agencies)
        {
            await app.CreateAgencyAsync(agency);
            foreach (string role in AgencyRoles)
            {
                (_, string key) = await app.IssueKeyAsync(agency, role);
                federation._clients[new Caller(role, agency)] = app.ClientWithKey(key);
            }
        }

        return federation;
    }

    /// <summary>The client of a caller (no key for <see cref="Caller.Anonymous"/>).</summary>
    public HttpClient Client(Caller caller) => _clients[caller];

    /// <summary>The client of an agency's key with a role.</summary>
    public HttpClient Client(string agency, string role) => _clients[new Caller(role, agency)];

    public HttpClient Admin => _clients[Caller.HubAdmin];

    /// <summary>Entries in the audit chain: every accepted write appends one, so a refused write leaves it unchanged.</summary>
    /// <summary>The audit chain's length once the reads answered so far are in it (the read-audit queue flushed).</summary>
    public async Task<int> AuditCountAsync()
    {
        await App.Services.GetRequiredService<Concord.Hub.Audit.ReadAuditQueue>().FlushAsync(Ct);
        return await App.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count()));
    }

    /// <summary>Registers an object owned by <paramref name="agency"/> as that agency's analyst, and has the hub
    /// administrator confirm the claim.</summary>
    public async Task RegisterObjectAsync(string agency, TestObject o)
    {
        using HttpResponseMessage response = await Client(agency, "analyst").PostAsJsonAsync("/api/v1/objects", o.Body(agency), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await App.ConfirmClaimAsync(o.NoradId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Submits a message as <paramref name="agency"/>'s analyst (<paramref name="query"/>: marking and relTo).</summary>
    public async Task SubmitAsync(string agency, string text, string query = "")
    {
        using var content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await Client(agency, "analyst").PostAsync($"/api/v1/submissions{query}", content, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Proposes an agreement as an officer of the first party; returns its id.</summary>
    public async Task<string> ProposeAsync(string[] parties, string[]? categories = null, string objectScope = "all",
        string[]? objectIds = null, int embargoMinutes = 0, DateTimeOffset? expiresAt = null)
    {
        using HttpResponseMessage response = await Client(parties[0], "officer").PostAsJsonAsync("/api/v1/agreements", new
        {
            title = $"Sharing {string.Join('-', parties)}",
            parties,
            categories = categories ?? ["object-registry", "orbit-elements"],
            objectScope,
            objectIds,
            conditions = new { embargoMinutes, expiresAt },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Moves an agreement as an officer of <paramref name="agency"/>: <c>sign</c>, <c>suspend</c>, <c>resume</c>
    /// or <c>terminate</c>.</summary>
    public async Task ActAsync(string agreementId, string agency, string action)
    {
        using HttpResponseMessage response = await Client(agency, "officer").PostAsync($"/api/v1/agreements/{agreementId}/{action}", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Proposes an agreement and has every party sign it.</summary>
    public async Task<string> ActivateAsync(string[] parties, string[]? categories = null, string objectScope = "all",
        string[]? objectIds = null, int embargoMinutes = 0, DateTimeOffset? expiresAt = null)
    {
        string id = await ProposeAsync(parties, categories, objectScope, objectIds, embargoMinutes, expiresAt);
        foreach (string party in parties)
        {
            await ActAsync(id, party, "sign");
        }

        return id;
    }

    /// <summary>A caller of the matrix: a role of an agency, the hub administrator, or no key at all.</summary>
    public sealed record Caller(string? Role, string? Agency)
    {
        public static Caller Anonymous { get; } = new(null, null);

        public static Caller HubAdmin { get; } = new("hub-admin", null);

        public bool IsAnonymous => Role is null;

        public override string ToString() => Role is null ? "anonymous" : Agency is null ? Role : $"{Role}@{Agency}";

        /// <summary>Parses <see cref="ToString"/> (theory data are strings).</summary>
        public static Caller Parse(string text) => text switch
        {
            "anonymous" => Anonymous,
            "hub-admin" => HubAdmin,
            _ => new Caller(text[..text.IndexOf('@', StringComparison.Ordinal)], text[(text.IndexOf('@', StringComparison.Ordinal) + 1)..]),
        };
    }

    /// <summary>A space object of the matrix's catalogue, with what the list filters look at.</summary>
    public sealed record TestObject(int NoradId, string Name, string Marking, string[]? RelTo, bool Leo, string Status)
    {
        public object Body(string owner) => new
        {
            noradId = NoradId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            name = Name,
            owner,
            perigeeKilometers = Leo ? 540.0 : 35_780.0,
            apogeeKilometers = Leo ? 560.0 : 35_790.0,
            status = Status,
            marking = Marking,
            relTo = RelTo,
        };
    }
}
