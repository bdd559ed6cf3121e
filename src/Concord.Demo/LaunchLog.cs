namespace Concord.Demo;

/// <summary>Hands out fictional launches, numbered per year in the order asked. Not thread-safe.</summary>
/// <param name="today">The catalog's date; launches are dated before it.</param>
internal sealed class LaunchLog(DateOnly today)
{
    private readonly Dictionary<int, int> _countByYear = [];

    /// <summary>The launch handed out last.</summary>
    public Launch Last { get; private set; } = new(today, 0, "");

    /// <summary>A launch for <paramref name="owner"/> <paramref name="daysAgo"/> days before the catalog's date.</summary>
    public Launch Next(string owner, int daysAgo)
    {
        DateOnly date = today.AddDays(-daysAgo);
        int count = _countByYear.GetValueOrDefault(date.Year) + 1;
        _countByYear[date.Year] = count;
        string site = owner switch
        {
            DemoAgencies.Boreal => "Nordhavn Spaceport",
            DemoAgencies.Meridian => "Cabo Meridiano Launch Complex",
            DemoAgencies.Austral => "Tierra Austral Range",
            _ => "Halcyon Sea Launch Platform",
        };
        Last = new Launch(date, 100 + count, site);
        return Last;
    }
}
