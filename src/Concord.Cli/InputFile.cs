namespace Concord.Cli;

/// <summary>Reads an input file for a command, turning the I/O failures a user can cause (missing file, no permission,
/// bad path) into the CLI's <c>error: PATH: cannot read: …</c> line instead of an exception.</summary>
internal static class InputFile
{
    public static bool TryRead(string path, out string text, out string error)
    {
        try
        {
            text = File.ReadAllText(path);
            error = string.Empty;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            text = string.Empty;
            error = $"error: {path}: cannot read: {ex.Message}";
            return false;
        }
    }
}
