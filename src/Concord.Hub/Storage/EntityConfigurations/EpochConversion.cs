using Concord.Astro.Time;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

/// <summary>Stores an <see cref="Epoch"/> as TAI nanoseconds since 2000 in a 64-bit integer (house style R22: sorts and
/// compares correctly in both providers, no precision lost).</summary>
internal static class EpochConversion
{
    public static PropertyBuilder<Epoch> HasEpochConversion(this PropertyBuilder<Epoch> property) =>
        property.HasConversion(e => e.TaiNanosecondsSince2000, n => Epoch.FromTaiNanosecondsSince2000(n)).IsRequired();
}
