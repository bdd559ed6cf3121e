using Concord.Server.Hosting;

await using WebApplication app = HubServer.Build(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The server's entry point (public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests).</summary>
public partial class Program;
