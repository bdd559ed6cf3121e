using System.Threading.RateLimiting;

namespace Concord.Server.Hosting;

/// <summary>One token bucket: <see cref="TokenLimit"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every
/// <see cref="PeriodSeconds"/> (the names of <see cref="TokenBucketRateLimiterOptions"/>).</summary>
internal sealed class RateBudget
{
    /// <summary>The bucket's size: the most requests accepted in a burst.</summary>
    public int TokenLimit { get; set; }

    /// <summary>Tokens added every period.</summary>
    public int TokensPerPeriod { get; set; }

    /// <summary>The refill period, seconds.</summary>
    public double PeriodSeconds { get; set; }

    /// <summary>The limiter options of this budget (no queue: a request over the budget is refused at once).</summary>
    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = TokenLimit,
        TokensPerPeriod = TokensPerPeriod,
        ReplenishmentPeriod = TimeSpan.FromSeconds(PeriodSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate(string name)
    {
        if (TokenLimit < 1 || TokensPerPeriod < 1 || !(PeriodSeconds > 0.0))
        {
            throw new InvalidOperationException($"{name}: TokenLimit and TokensPerPeriod must be at least 1, PeriodSeconds positive.");
        }
    }
}
