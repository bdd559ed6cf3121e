namespace Concord.Server.Hosting;

/// <summary>Configuration section <c>Concord</c> (command line <c>--Concord:DataDir=…</c>, environment
/// <c>Concord__DataDir</c>, or <c>concord serve --data-dir</c>).</summary>
public sealed class HubServerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Concord";

    /// <summary>The default listening URL of <c>concord serve</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The SQLite file's name inside <see cref="DataDir"/>.</summary>
    public const string SqliteFileName = "concord.db";

    /// <summary>The hub administrator key's file name inside <see cref="DataDir"/>.</summary>
    public const string AdminKeyFileName = "admin.key";

    /// <summary>The directory inside <see cref="DataDir"/> where <c>--demo</c> writes the demo agencies' keys.</summary>
    public const string DemoKeysDirectoryName = "demo-keys";

    /// <summary>The file listing the demo keys, inside <see cref="DemoKeysDirectoryName"/>.</summary>
    public const string DemoKeysReadmeFileName = "README.txt";

    /// <summary>The directory inside <see cref="DataDir"/> where <c>--demo</c> writes the generated catalog (OMM).</summary>
    public const string DemoCatalogDirectoryName = "demo-catalog";

    /// <summary>Holds the SQLite database (when <see cref="Database"/> is empty) and <c>admin.key</c>. Default <c>./concord-data</c>.</summary>
    public string DataDir { get; set; } = "concord-data";

    /// <summary>A PostgreSQL (Npgsql) connection string; empty means the SQLite file in <see cref="DataDir"/>.</summary>
    public string? Database { get; set; }

    /// <summary>The default of <see cref="MaxRequestBytes"/>: 128 MiB.</summary>
    /// <remarks>A catalogue-sized submission must fit: 30,000 OMMs at about 3.2 KB each in CCSDS XML (the reference
    /// <c>omm1_st.xml</c>; KVN is about 1.7 KB) is about 96 MB. Larger bodies are refused before they are buffered.</remarks>
    public const long DefaultMaxRequestBytes = 128L * 1024 * 1024;

    /// <summary>The largest request body accepted on any route, in bytes; larger ones get 413 <c>request.too-large</c>
    /// (enforced by Kestrel and by the server's own middleware, whether declared by <c>Content-Length</c> or chunked).</summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>The largest request body accepted on a route open without a key (<c>POST /api/v1/session</c>): 16 KiB.</summary>
    public const long AnonymousMaxRequestBytes = 16 * 1024;

    /// <summary>Seed the fictional demo federation into an empty hub on start (<c>concord serve --demo</c>,
    /// <c>--Concord:Demo=true</c>); see <c>DemoSeeder</c>. Default false.</summary>
    public bool Demo { get; set; }
}
