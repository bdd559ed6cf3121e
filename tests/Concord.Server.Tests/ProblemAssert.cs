using System.Net;
using System.Text.Json;

namespace Concord.Server.Tests;

/// <summary>Asserts RFC 9457 problem details with a stable code (house style R14, R15): never the text.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement root = body.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Equal(code, root.GetProperty("code").GetString());
        Assert.Equal($"https://concord.dev/errors/{code}", root.GetProperty("type").GetString());
        return root;
    }
}
