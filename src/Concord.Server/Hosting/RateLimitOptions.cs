namespace Concord.Server.Hosting;

/// <summary>Request rate limits per key (configuration section <c>Concord:RateLimits</c>): one token bucket per key and
/// category (<see cref="Reads"/>, <see cref="Writes"/>, <see cref="Submissions"/>), so one key's burst spends only its own
/// budget. Anonymous requests share a bucket per remote address.</summary>
/// <remarks>A token bucket (rather than a fixed window) lets a client spend its whole burst at once, as the console does
/// when it opens a page, and then refills steadily, so there is no window edge at which twice the budget passes.</remarks>
internal sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:RateLimits";

    /// <summary>Whether requests are limited at all (true; benchmarks turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>GET</c> and <c>HEAD</c> requests: 300 at once, then 50 a second (the console's busiest page reads a few
    /// dozen; a few hundred reads within seconds exceed it).</summary>
    public RateBudget Reads { get; set; } = new() { TokenLimit = 300, TokensPerPeriod = 50, PeriodSeconds = 1 };

    /// <summary>Other methods (registrations, agreements, keys, coordination): 120 at once, then 20 a second.</summary>
    public RateBudget Writes { get; set; } = new() { TokenLimit = 120, TokensPerPeriod = 20, PeriodSeconds = 1 };

    /// <summary><c>POST</c> of catalog data to be screened (<c>/api/v1/submissions</c> and manoeuvre plans, each screened
    /// against the catalog): 30 at once, then 1 every 2 seconds.</summary>
    public RateBudget Submissions { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 1, PeriodSeconds = 2 };

    /// <summary>Throws when a value is out of range (a configuration mistake, found at start-up).</summary>
    public void Validate()
    {
        Reads.Validate($"{Section}:{nameof(Reads)}");
        Writes.Validate($"{Section}:{nameof(Writes)}");
        Submissions.Validate($"{Section}:{nameof(Submissions)}");
    }
}
