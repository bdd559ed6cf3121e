using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Concord.Hub.Errors;
using Concord.Server.Tests.Durability;

namespace Concord.Server.Tests.Hosting;

/// <summary><c>Concord:MaxRequestBytes</c>: a larger body, declared or chunked, is 413 <c>request.too-large</c> and
/// stores nothing, in process (TestServer, the middleware alone) and on the real Kestrel server.</summary>
public sealed class RequestSizeLimitTests
{
    private const int Limit = 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OversizedBody_Is413_AndStoresNothing(bool chunked)
    {
        using var app = new HubApplication();
        app.Settings["Concord:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        HttpClient admin = app.AdminClient();

        using HttpResponseMessage response = await admin.SendAsync(Post(AgencyJson("AAA", 4 * Limit), chunked), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, HubErrorCodes.RequestTooLarge);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Agencies.Count())));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BodyWithinTheLimit_IsAccepted(bool chunked)
    {
        using var app = new HubApplication();
        app.Settings["Concord:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using HttpResponseMessage response = await app.AdminClient().SendAsync(Post(AgencyJson("AAA", 100), chunked), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task OnKestrel_OversizedBodies_Are413_AndStoreNothing()
    {
        using var storage = ServerStorage.Create();
        await using ServerProcess server = await storage.StartAsync(new Dictionary<string, string>
        {
            ["Concord__MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using HttpClient admin = server.Client(server.AdminKey);

        foreach (bool chunked in new[] { false, true })
        {
            using HttpResponseMessage response = await admin.SendAsync(Post(AgencyJson("AAA", 4 * Limit), chunked), TestContext.Current.CancellationToken);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, HubErrorCodes.RequestTooLarge);
        }

        using HttpResponseMessage accepted = await admin.SendAsync(Post(AgencyJson("BBB", 100), chunked: true), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        using HttpResponseMessage missing = await admin.GetAsync("/api/v1/agencies/AAA", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>A valid agency whose name pads the body to about <paramref name="size"/> bytes.</summary>
    private static string AgencyJson(string code, int size) =>
        $"{{\"code\":\"{code}\",\"name\":\"{new string('x', size)}\",\"country\":\"FR\"}}";

    private static HttpRequestMessage Post(string json, bool chunked)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        HttpContent content = chunked ? new UnknownLengthContent(bytes) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agencies") { Content = content };
        request.Headers.TransferEncodingChunked = chunked ? true : null;
        return request;
    }

    /// <summary>A body sent without <c>Content-Length</c> (chunked), so only reading it reveals its size.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
