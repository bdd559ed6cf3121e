namespace Concord.Hub.Agencies;

/// <summary>Configuration section <c>Concord:Console</c>: how long web console sessions last.</summary>
public sealed class WebSessionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Concord:Console";

    /// <summary>A session unused for this long ends (<c>Concord:Console:SessionIdleTimeout</c>). Default 30 minutes,
    /// the upper end of OWASP's guidance for idle timeouts of applications handling sensitive data; the console's open
    /// stream and its periodic reads keep an attended session alive.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however active it is (<c>Concord:Console:SessionLifetime</c>).
    /// Default 8 hours (a working shift).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Throws when a setting is out of range (both must be positive; the idle timeout at least a minute, the
    /// precision of <see cref="WebSession.LastSeenAt"/>).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SessionIdleTimeout, TimeSpan.FromMinutes(1), "Concord:Console:SessionIdleTimeout");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SessionLifetime, TimeSpan.Zero, "Concord:Console:SessionLifetime");
    }
}
