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

    /// <summary>Holds the SQLite database (when <see cref="Database"/> is empty) and <c>admin.key</c>. Default <c>./concord-data</c>.</summary>
    public string DataDir { get; set; } = "concord-data";

    /// <summary>A PostgreSQL (Npgsql) connection string; empty means the SQLite file in <see cref="DataDir"/>.</summary>
    public string? Database { get; set; }
}
