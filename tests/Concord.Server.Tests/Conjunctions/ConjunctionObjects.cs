using System.Net;
using System.Net.Http.Json;

namespace Concord.Server.Tests.Conjunctions;

/// <summary>Registers the objects of the conjunction tests (the LEO pair of <c>ConjunctionSamples</c>, 90001 and 90002).</summary>
internal static class ConjunctionObjects
{
    /// <summary>Registers <paramref name="noradId"/> for <paramref name="owner"/> as an operational LEO object, as the
    /// caller (<c>201</c> asserted).</summary>
    public static async Task RegisterAsync(HttpClient client, string noradId, string owner)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/objects", new
        {
            noradId,
            name = $"Object {noradId}",
            owner,
            perigeeKilometers = 400.0,
            apogeeKilometers = 420.0,
            status = "operational",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
