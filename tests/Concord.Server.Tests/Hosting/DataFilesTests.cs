using System.Net;
using Concord.Hub.Agencies;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Hosting;

/// <summary>Files and secrets at rest: the data directory 0700; the database files, the key ring and the key files 0600;
/// connection strings masked; the hub administrator's key rotated.</summary>
public sealed class DataFilesTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataDirectory_DatabaseFiles_KeyRing_AndAdminKey_AreTheOwnersOnly()
    {
        string parent = Directory.CreateTempSubdirectory("concord-modes-").FullName;
        string dataDir = Path.Combine(parent, "data"); // created by the hub
        try
        {
            using (var app = new HubApplication { DataDir = dataDir })
            {
                await app.CreateAgencyAsync("AAA"); // a write: on SQLite the -wal file exists
                app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect([1, 2, 3]); // writes the key ring

                Assert.Equal(PrivateDirectory, Mode(dataDir));
                string[] files = app.OnPostgres ? ["admin.key"] : ["concord.db", "concord.db-wal", "concord.db-shm", "admin.key"];
                foreach (string file in files)
                {
                    string path = Path.Combine(dataDir, file);
                    Assert.True(File.Exists(path), file);
                    Assert.Equal(Private, Mode(path));
                }

                string keys = Path.Combine(dataDir, "keys");
                Assert.Equal(PrivateDirectory, Mode(keys));
                string[] ring = Directory.GetFiles(keys);
                Assert.NotEmpty(ring);
                Assert.All(ring, f => Assert.Equal(Private, Mode(f)));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void AnExistingDatabaseFile_IsTightenedTo0600()
    {
        string dir = Directory.CreateTempSubdirectory("concord-modes-").FullName;
        try
        {
            string file = Path.Combine(dir, "concord.db");
            File.WriteAllBytes(file, []);
            File.WriteAllBytes(file + "-wal", []);
            SetMode(file, Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            SetMode(file + "-wal", Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            DataFiles.SecureSqliteFile($"Data Source={file}");

            Assert.Equal(Private, Mode(file));
            Assert.Equal(Private, Mode(file + "-wal"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Host=db;Username=concord;Password=s3cret;Database=concord", "host=db;username=concord;password=***;database=concord")]
    [InlineData("Host=db;PWD=s3cret", "host=db;pwd=***")]
    [InlineData("Host=db;Username=concord", "host=db;username=concord")]
    public void ConnectionStrings_AreMasked(string connection, string masked)
    {
        Assert.Equal(masked, ConnectionStrings.Masked(connection), ignoreCase: true);
        Assert.Equal("could not connect with ***", ConnectionStrings.Redact("could not connect with s3cret", "Host=db;Password=s3cret"));
    }

    [Fact]
    public async Task RotatingTheHubAdminKey_Revokes_TheOldKey_EndsItsSessions_AndWritesTheNewOne()
    {
        using var app = new HubApplication();
        string old = app.AdminKey;
        using HttpClient oldClient = app.ClientWithKey(old);
        using (HttpResponseMessage before = await oldClient.GetAsync("/api/v1/agencies", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        IssuedApiKey issued;
        IReadOnlyList<Guid> revoked;
        using (IServiceScope scope = app.Services.CreateScope())
        {
            (issued, revoked) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RotateHubAdminAsync(Ct);
        }

        AdminKeyFile.Write(app.DataDir, issued.Secret);

        Assert.Single(revoked);
        using HttpResponseMessage after = await oldClient.GetAsync("/api/v1/agencies", Ct);
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized, Hub.Errors.HubErrorCodes.AuthInvalidKey);
        Assert.Equal(issued.Secret, app.AdminKey);
        using HttpResponseMessage fresh = await app.AdminClient().GetAsync("/api/v1/agencies", Ct);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(Private, Mode(Path.Combine(app.DataDir, "admin.key")));

        using HttpResponseMessage verify = await app.AdminClient().GetAsync("/api/v1/audit/verify", Ct);
        using System.Text.Json.JsonDocument chain = await HubApplication.ReadJsonAsync(verify);
        Assert.True(chain.RootElement.GetProperty("valid").GetBoolean());
    }

    private static UnixFileMode Mode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("Unix file modes") : File.GetUnixFileMode(path);

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes");
        }

        File.SetUnixFileMode(path, mode);
    }
}
