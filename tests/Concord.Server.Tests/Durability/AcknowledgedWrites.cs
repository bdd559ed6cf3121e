using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concord.Server.Tests.Durability;

/// <summary>Writes a server acknowledged (201), and how to find each one again after a crash and restart.</summary>
/// <remarks>
/// By default a write is checked by <c>GET</c> on its <c>Location</c> with the same key (200 expected); pass a check for
/// writes that have no such resource. <see cref="AssertAllPresentAsync"/> also requires the audit chain to be valid and
/// to end where it ended before the crash.
/// </remarks>
internal sealed class AcknowledgedWrites
{
    private readonly List<(string What, Func<ServerProcess, Task> Check)> _writes = [];
    private AuditHead? _audit;

    /// <summary>How many writes were acknowledged.</summary>
    public int Count => _writes.Count;

    /// <summary>POSTs <paramref name="content"/> with <paramref name="key"/>, asserts 201 and remembers the write.</summary>
    /// <returns>The response body (JSON), or null when it is not JSON.</returns>
    public async Task<JsonElement?> PostAsync(ServerProcess server, string key, string path, HttpContent content,
        Func<ServerProcess, JsonElement?, Task>? check = null)
    {
        using HttpClient client = server.Client(key);
        using HttpResponseMessage response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {text}");
        JsonElement? body = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : null;
        Uri? location = response.Headers.Location;
        string what = $"POST {path} -> {location}";
        _writes.Add((what, check is not null
            ? s => check(s, body)
            : async s =>
            {
                Assert.True(location is not null, $"{what}: no Location to check; pass a check.");
                using HttpClient again = s.Client(key);
                using HttpResponseMessage found = await again.GetAsync(location, TestContext.Current.CancellationToken);
                Assert.True(found.StatusCode == HttpStatusCode.OK, $"{what}: GET after restart gave {(int)found.StatusCode}.");
            }));
        return body;
    }

    /// <summary>Records the audit chain's head, to be found again after the restart (call after the last write).</summary>
    public async Task RecordAuditAsync(ServerProcess server, string auditorKey)
    {
        _audit = await VerifyAsync(server, auditorKey);
        Assert.True(_audit.Valid);
    }

    /// <summary>Asserts that every acknowledged write is there, and that the audit chain verifies and ends where it did.</summary>
    public async Task AssertAllPresentAsync(ServerProcess server, string auditorKey)
    {
        // The chain first: reading data back (a catalog release) appends audit entries of its own.
        AuditHead after = await VerifyAsync(server, auditorKey);
        Assert.True(after.Valid, $"audit chain invalid at {after.FirstInvalidSequence}");
        if (_audit is not null)
        {
            Assert.Equal(_audit.Entries, after.Entries);
            Assert.Equal(_audit.Head, after.Head);
        }

        foreach ((string what, Func<ServerProcess, Task> check) in _writes)
        {
            await check(server);
        }
    }

    private static async Task<AuditHead> VerifyAsync(ServerProcess server, string auditorKey)
    {
        using HttpClient client = server.Client(auditorKey);
        AuditHead? verify = await client.GetFromJsonAsync<AuditHead>("/api/v1/audit/verify", TestContext.Current.CancellationToken);
        Assert.NotNull(verify);
        return verify;
    }

    private sealed record AuditHead(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
}
