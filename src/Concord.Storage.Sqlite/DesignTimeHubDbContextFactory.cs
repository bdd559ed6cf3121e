using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add NAME --project src/Concord.Storage.Sqlite</c> build the model without a host.</summary>
internal sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        SqliteStorage.Configure(options, "Data Source=design-time.db");
        return new HubDbContext(options.Options);
    }
}
