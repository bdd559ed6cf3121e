using Concord.Hub.Agencies;
using Concord.Hub.Conjunctions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

/// <summary>The columns of a <see cref="ConjunctionSide"/>, owned by an event or an update (prefix <c>primary_</c> or
/// <c>secondary_</c> through EF Core's owned-type naming).</summary>
internal static class ConjunctionSideConfiguration
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, ConjunctionSide> side)
        where TOwner : class
    {
        side.Property(s => s.SourceKind).HasMaxLength(16).IsRequired();
        side.Property(s => s.SourceOriginator).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        side.Property(s => s.SourceMarking).HasMarkingConversion();
        side.Property(s => s.SourceRelTo).HasAgencyListConversion();
        side.Property(s => s.Authority).HasMaxLength(16).IsRequired();
    }
}
