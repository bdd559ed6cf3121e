using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionDecisionConfiguration : IEntityTypeConfiguration<ConjunctionDecision>
{
    public void Configure(EntityTypeBuilder<ConjunctionDecision> builder)
    {
        builder.ToTable("conjunction_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Status).HasConversion(s => s.ToWireName(), t => CoordinationWireNames.ParseDecisionStatus(t)).HasMaxLength(16);
        builder.Property(d => d.Summary).HasMaxLength(ConjunctionCoordinationService.MaxTextLength);
        builder.Property(d => d.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ProposedBy).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(d => d.ProposedByActor).HasMaxLength(64);
        builder.Property(d => d.CoSignedBy).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(d => d.CoSignedByActor).HasMaxLength(64);
        builder.HasIndex(d => new { d.EventId, d.Status });
        builder.HasOne<ConjunctionEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
