namespace Concord.Astro.Time;

/// <summary>What a UTC parser does with a seconds field of 60.</summary>
public enum LeapSecondHandling
{
    /// <summary>Accept 23:59:60 on a day that ends with a leap second in <see cref="LeapSeconds"/>; reject it elsewhere.</summary>
    AcceptAnnounced,

    /// <summary>Reject any seconds field of 60.</summary>
    Reject,
}
