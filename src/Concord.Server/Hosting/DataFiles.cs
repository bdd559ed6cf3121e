using Concord.Hub.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Hosting;

/// <summary>Files and folders of the data directory, readable by the hub's user only: folders 0700, files 0600
/// (database files, the key ring, key files). On Windows the modes do not apply (ACLs are inherited).</summary>
public static class DataFiles
{
    /// <summary>Before the hub's database is first opened: creates the data directory with mode 0700 (when it does not
    /// exist) and, on SQLite, the database file with mode 0600 (see <see cref="SecureSqliteFile"/>). Called by the
    /// server's start-up and by the commands that open the database offline.</summary>
    public static void Prepare(HubDbContext db, string dataDir)
    {
        ArgumentNullException.ThrowIfNull(db);
        EnsurePrivateDirectory(dataDir);
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connection)
        {
            SecureSqliteFile(connection);
        }
    }

    /// <summary>Owner read, write and search (0700).</summary>
    public const UnixFileMode PrivateDirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Owner read and write (0600).</summary>
    public const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> and its missing parents with mode 0700. A folder that exists keeps its
    /// mode (it may be the operator's) unless <paramref name="tighten"/>.</summary>
    public static void EnsurePrivateDirectory(string path, bool tighten = false)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        if (!Directory.Exists(path))
        {
            // Each missing folder from the outermost one down gets 0700 (Directory.CreateDirectory's mode applies to the
            // last folder only).
            var missing = new Stack<string>();
            for (string? folder = Path.GetFullPath(path); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            {
                missing.Push(folder);
            }

            while (missing.TryPop(out string? folder))
            {
                Directory.CreateDirectory(folder, PrivateDirectoryMode);
            }
        }
        else if (tighten)
        {
            File.SetUnixFileMode(path, PrivateDirectoryMode);
        }
    }

    /// <summary>Sets an existing file to mode 0600.</summary>
    public static void RestrictToOwner(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file))
        {
            File.SetUnixFileMode(file, PrivateFileMode);
        }
    }

    /// <summary>Makes the SQLite database file of <paramref name="connectionString"/> private before SQLite opens it: creates
    /// it empty with mode 0600 when it does not exist (SQLite treats an empty file as a new database), or sets 0600 on it
    /// and its <c>-wal</c>, <c>-shm</c> and <c>-journal</c> files when they exist. SQLite creates those files later with
    /// the database file's own mode. Nothing happens for in-memory databases.</summary>
    public static void SecureSqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        string file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string path = Path.GetFullPath(file);
        if (Path.GetDirectoryName(path) is { } directory)
        {
            EnsurePrivateDirectory(directory);
        }

        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = PrivateFileMode;
            }

            try
            {
                using (new FileStream(path, options))
                {
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created meanwhile by another process: tightened below.
            }
        }

        foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            RestrictToOwner(path + suffix);
        }
    }

    /// <summary>Writes <paramref name="text"/> to a new file readable by the owner only (0600), replacing any file of that
    /// name (a replaced file's old mode does not carry over).</summary>
    public static void WritePrivateFile(string path, string text)
    {
        File.Delete(path);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = PrivateFileMode;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, fileOptions);
        writer.Write(text);
    }
}
