using System.Data.Common;

namespace Concord.Server.Hosting;

/// <summary>Connection strings as they may be shown: in logs and error messages the password is replaced by
/// <c>***</c>.</summary>
public static class ConnectionStrings
{
    /// <summary>What replaces a password.</summary>
    public const string Mask = "***";

    private static readonly string[] s_secretKeywords = ["Password", "Pwd", "SSL Password", "SslPassword"];

    /// <summary>The connection string with every password keyword's value replaced by <see cref="Mask"/>; a string that
    /// does not parse is not shown at all.</summary>
    public static string Masked(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return "";
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return "(connection string not shown: it does not parse)";
        }

        foreach (string keyword in builder.Keys.Cast<string>().ToArray())
        {
            if (s_secretKeywords.Any(k => string.Equals(k, keyword, StringComparison.OrdinalIgnoreCase)))
            {
                builder[keyword] = Mask;
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>A message (for example an exception's) with the password of <paramref name="connectionString"/> removed,
    /// in case a driver echoed it.</summary>
    public static string Redact(string message, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(connectionString))
        {
            return message;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return message.Replace(connectionString, Mask, StringComparison.Ordinal);
        }

        foreach (string keyword in builder.Keys.Cast<string>())
        {
            if (s_secretKeywords.Any(k => string.Equals(k, keyword, StringComparison.OrdinalIgnoreCase))
                && builder[keyword]?.ToString() is { Length: > 0 } secret)
            {
                message = message.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return message;
    }
}
