namespace Concord.Server.Notifications;

/// <summary>Live stream limits (configuration section <c>Concord:Stream</c>).</summary>
internal sealed class StreamOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Stream";

    /// <summary>Most <c>GET /api/v1/stream</c> connections one key may hold open at once (5).</summary>
    public int MaxPerKey { get; set; } = 5;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxPerKey < 1)
        {
            throw new InvalidOperationException($"{Section}:MaxPerKey must be at least 1.");
        }
    }
}
