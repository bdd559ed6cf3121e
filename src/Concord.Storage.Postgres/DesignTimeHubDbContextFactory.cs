using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add NAME --project src/Concord.Storage.Postgres</c> build the model without a
/// host or a running server (adding a migration does not connect).</summary>
internal sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        PostgresStorage.Configure(options, "Host=localhost;Database=concord_design_time");
        return new HubDbContext(options.Options);
    }
}
