using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionIntentConfiguration : IEntityTypeConfiguration<ConjunctionIntent>
{
    public void Configure(EntityTypeBuilder<ConjunctionIntent> builder)
    {
        builder.ToTable("conjunction_intents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Agency).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(i => i.Actor).HasMaxLength(64);
        builder.Property(i => i.Intent).HasConversion(v => v.ToWireName(), t => CoordinationWireNames.ParseIntent(t)).HasMaxLength(32);
        builder.Property(i => i.Maneuverable).HasConversion(v => v.ToWireName(), t => CoordinationWireNames.ParseManeuverability(t)).HasMaxLength(16);
        builder.Property(i => i.Comment).HasMaxLength(ConjunctionCoordinationService.MaxTextLength);
        builder.HasIndex(i => new { i.EventId, i.Agency });
        builder.HasOne<ConjunctionEvent>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
