namespace Concord.Server.Hosting;

/// <summary><c>&lt;data-dir&gt;/admin.key</c>: the hub administrator's key, written by the first start and by
/// <c>concord admin rotate-key</c>.</summary>
public static class AdminKeyFile
{
    /// <summary>Writes the key readable by the owner only (0600; the data directory is created 0700), replacing any earlier
    /// file: a stale file from a deleted database or a rotated key would hold a dead key. On Windows the file inherits the
    /// directory's ACL.</summary>
    /// <returns>The file's full path.</returns>
    public static string Write(string dataDir, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDir);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        DataFiles.EnsurePrivateDirectory(dataDir);
        string path = Path.GetFullPath(Path.Combine(dataDir, HubServerOptions.AdminKeyFileName));
        DataFiles.WritePrivateFile(path, secret + "\n");
        return path;
    }
}
