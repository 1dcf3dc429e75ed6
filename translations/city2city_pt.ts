<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ActionDialog</name>
    <message>
        <source>— nobody yet —</source>
        <translation>— ninguém ainda —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nenhuma —</translation>
    </message>
    <message>
        <source>B&amp;y</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Action Item</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>What is to be done, by whom, to what end</source>
        <translation>O que deve ser feito, por quem e com que finalidade</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>The action item no longer exists.</source>
        <translation>A ação não existe mais.</translation>
    </message>
    <message>
        <source>The action item&apos;s session, owner or city no longer exists.</source>
        <translation>A sessão, o responsável ou a cidade da ação não existe mais.</translation>
    </message>
    <message>
        <source>The entry the action item comes from is not part of its session.</source>
        <translation>O registro de origem da ação não faz parte da sessão dela.</translation>
    </message>
    <message>
        <source>The entry to link the action items to no longer exists.</source>
        <translation>O registro ao qual as ações seriam vinculadas não existe mais.</translation>
    </message>
    <message>
        <source>An action item could not be linked back to its entry.</source>
        <translation>Não foi possível vincular uma ação de volta ao seu registro.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>No owner</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — atrasada</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>All pairings</source>
        <translation>Todos os pareamentos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas as cidades</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Somente a&amp;trasadas</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Search actions, owners, cities…</source>
        <translation>Pesquisar ações, responsáveis, cidades…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Filtrar ações</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Open &amp;Session</source>
        <translation>Abrir &amp;sessão</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Ações: %1</translation>
    </message>
    <message>
        <source>Action items are created in a session: open the session and press Ctrl+Shift+A on the entry they come from.</source>
        <translation>As ações são criadas em uma sessão: abra a sessão e pressione Ctrl+Shift+A no registro de origem.</translation>
    </message>
    <message>
        <source>Saved the action item.</source>
        <translation>Ação salva.</translation>
    </message>
    <message>
        <source>Deleted the action item. Undo brings it back.</source>
        <translation>Ação excluída. Desfazer a traz de volta.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>— none —</source>
        <translation>— nenhum —</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Biblioteca de métodos</translation>
    </message>
    <message>
        <source>Search the method library…</source>
        <translation>Pesquisar na biblioteca de métodos…</translation>
    </message>
    <message>
        <source>Choose a method to insert it as a block after the selected one</source>
        <translation>Escolha um método para inseri-lo como bloco após o bloco selecionado</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Adicionar bloco</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Mov&amp;e Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Novo bloco</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>Início local</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>About the &amp;Rubric…</source>
        <translation>Sobre a &amp;rubrica…</translation>
    </message>
    <message>
        <source>Assess Readiness</source>
        <translation>Avaliar prontidão</translation>
    </message>
    <message>
        <source> — no date yet</source>
        <translation> — ainda sem data</translation>
    </message>
    <message>
        <source>No session, on the date below</source>
        <translation>Sem sessão, na data abaixo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Data da avaliação</translation>
    </message>
    <message>
        <source>Where the pilot stands, what moved since the last assessment, what is next</source>
        <translation>Em que ponto está o piloto, o que avançou desde a última avaliação, quais são os próximos passos</translation>
    </message>
    <message>
        <source>Readiness by the rubric</source>
        <translation>Prontidão segundo a rubrica</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Dimensions of the rubric</source>
        <translation>Dimensões da rubrica</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>R&amp;esumo:</translation>
    </message>
    <message>
        <source>%1: level %2</source>
        <translation>%1: nível %2</translation>
    </message>
    <message>
        <source>Evidence: what shows this level (a decision, a document, a meeting)</source>
        <translation>Evidência: o que demonstra este nível (uma decisão, um documento, uma reunião)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidência para %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not assessed — pick a level from %1 to %2.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Não avaliado — escolha um nível de %1 a %2.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · stage: %1</source>
        <translation> · estágio: %1</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</source>
        <translation>Geral: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Edit Readiness Assessment</source>
        <translation>Editar avaliação de prontidão</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>On a date</source>
        <translation>Em uma data</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: não avaliado</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidência: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Not taken</source>
        <translation>Não registrada</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>The session or the person no longer exists.</source>
        <translation>A sessão ou a pessoa não existe mais.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Write a backup of the database into its backups folder</source>
        <translation>Gravar um backup do banco de dados na pasta de backups dele</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <source>Replace the data with one of the database&apos;s backups</source>
        <translation>Substituir os dados por um dos backups do banco de dados</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Já há um backup sendo gravado.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Não foi possível gravar o backup: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written: %1</source>
        <translation>O backup de hoje foi gravado: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backup gravado em %1.</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Gravando um backup…</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The data from before it is kept as a backup of %2.</source>
        <translation>O backup de %1 foi restaurado. Os dados anteriores foram mantidos como um backup de %2.</translation>
    </message>
    <message>
        <source>%1 The database %2 stays open.</source>
        <translation>%1 O banco de dados %2 continua aberto.</translation>
    </message>
    <message>
        <source>It has a good backup of %1.</source>
        <translation>Há um backup válido de %1.</translation>
    </message>
    <message>
        <source>Restore That Backup</source>
        <translation>Restaurar esse backup</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file that did not open is kept, unchanged, as %2.</source>
        <translation>O backup de %1 foi restaurado. O arquivo que não abriu foi mantido, sem alterações, como %2.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is still open in another program (%2 is there); close it everywhere and try again.</source>
        <translation>%1 ainda está aberto em outro programa (%2 existe); feche-o em todos os lugares e tente novamente.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Não é possível restaurar %1: %2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>esse arquivo não existe.</translation>
    </message>
    <message>
        <source>it is the database itself.</source>
        <translation>é o próprio banco de dados.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nada foi restaurado: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the data now in the database could not be backed up first. %1</source>
        <translation>Nada foi restaurado: não foi possível fazer antes um backup dos dados atuais do banco de dados. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is open in another window (process %2). Close it there first.</source>
        <translation>Nada foi restaurado: %1 está aberto em outra janela (processo %2). Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Nada foi restaurado: %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot remove old backups: %1</source>
        <translation>Não é possível remover os backups antigos: %1</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file.</source>
        <translation>%1 já existe; um backup nunca substitui um arquivo.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Não foi possível gravar o backup %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryWidget</name>
    <message>
        <source>Restore Old Value</source>
        <translation>Restaurar valor antigo</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Alterações, mais recentes primeiro</translation>
    </message>
    <message>
        <source>Put the selected change&apos;s old value back (Edit ▸ Undo takes it back again)</source>
        <translation>Restaurar o valor antigo da alteração selecionada (Editar ▸ Desfazer reverte isso)</translation>
    </message>
    <message>
        <source>Restored the old value; Undo takes it back.</source>
        <translation>Valor antigo restaurado; Desfazer reverte isso.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>There is no such record.</source>
        <translation>Esse registro não existe.</translation>
    </message>
</context>
<context>
    <name>ChangeRestorer</name>
    <message>
        <source>This field cannot be restored here.</source>
        <translation>Este campo não pode ser restaurado aqui.</translation>
    </message>
    <message>
        <source>The field already holds this value.</source>
        <translation>O campo já contém este valor.</translation>
    </message>
    <message>
        <source>Only a changed field has an old value to restore.</source>
        <translation>Somente um campo alterado tem um valor antigo a restaurar.</translation>
    </message>
    <message>
        <source>There was no earlier value.</source>
        <translation>Não havia valor anterior.</translation>
    </message>
    <message>
        <source>Changes of this kind cannot be restored.</source>
        <translation>Alterações deste tipo não podem ser restauradas.</translation>
    </message>
    <message>
        <source>The record was deleted since: its old values cannot be restored.</source>
        <translation>O registro foi excluído desde então: seus valores antigos não podem ser restaurados.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Member city</source>
        <translation>Cidade participante</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Bloco da pauta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Registro da ata</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Ação do plano</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Avaliação de prontidão</translation>
    </message>
    <message>
        <source>Readiness level</source>
        <translation>Nível de prontidão</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Modelo de sessão</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>GCoM signatory</source>
        <translation>Signatário do GCoM</translation>
    </message>
    <message>
        <source>Climate plan</source>
        <translation>Plano climático</translation>
    </message>
    <message>
        <source>Plan covers the whole city</source>
        <translation>O plano abrange toda a cidade</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Lead facilitator</source>
        <translation>Facilitador principal</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duração (minutos)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Venue time zone</source>
        <translation>Fuso horário do local</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>From entry</source>
        <translation>Do registro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Concluída em</translation>
    </message>
    <message>
        <source>Inspired by city</source>
        <translation>Inspirado na cidade</translation>
    </message>
    <message>
        <source>Inspired by practice</source>
        <translation>Inspirado na prática</translation>
    </message>
    <message>
        <source>Academic partners</source>
        <translation>Parceiros acadêmicos</translation>
    </message>
    <message>
        <source>Private partners</source>
        <translation>Parceiros privados</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Outros parceiros</translation>
    </message>
    <message>
        <source>Expected start</source>
        <translation>Início previsto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Avaliado em</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Início do dia</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Fim do dia</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dias úteis</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Pairing %1</source>
        <translation>Pareamento %1</translation>
    </message>
    <message>
        <source>Member city %1</source>
        <translation>Cidade participante %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>Agenda block %1</source>
        <translation>Bloco da pauta %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Presença de %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>Ação %1</translation>
    </message>
    <message>
        <source>Pilot %1</source>
        <translation>Piloto %1</translation>
    </message>
    <message>
        <source>Plan action %1</source>
        <translation>Ação do plano %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Avaliação de %1</translation>
    </message>
    <message>
        <source>Readiness of pilot %1</source>
        <translation>Prontidão do piloto %1</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Horário de trabalho de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidência: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nível: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 → removed</source>
        <translation>%1 → removido</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>lowest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>average</source>
        <translation>média</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Não é possível gravar %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as PNG.</source>
        <translation>Não é possível gravar %1 como PNG.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Cannot start painting %1.</source>
        <translation>Não é possível começar a desenhar %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Salvar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save or copy this chart</source>
        <translation>Salvar ou copiar este gráfico</translation>
    </message>
    <message>
        <source>Chart export</source>
        <translation>Exportação de gráfico</translation>
    </message>
    <message>
        <source>Chart, not drawn yet</source>
        <translation>Gráfico, ainda não desenhado</translation>
    </message>
    <message>
        <source>Copied the chart.</source>
        <translation>Gráfico copiado.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Não há gráfico para salvar.</translation>
    </message>
    <message>
        <source>Save Chart as PDF</source>
        <translation>Salvar gráfico como PDF</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation>Gráfico salvo como %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legenda: %1</translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <source>Filter cities by name, country or time zone…</source>
        <translation>Filtrar cidades por nome, país ou fuso horário…</translation>
    </message>
    <message>
        <source>No cities match</source>
        <translation>Nenhuma cidade corresponde</translation>
    </message>
    <message numerus="yes">
        <source>Cities: %n</source>
        <translation>
            <numerusform>Cidades: %n</numerusform>
            <numerusform>Cidades: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 adicionada.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salva.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluída.</translation>
    </message>
</context>
<context>
    <name>CityDialog</name>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>The city&apos;s IANA time zone, e.g. Europe/Kyiv</source>
        <translation>O fuso horário IANA da cidade, p. ex. Europe/Kyiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unknown, or e.g. SECAP</source>
        <translation>Desconhecido, ou p. ex. SECAP</translation>
    </message>
    <message>
        <source>Climate plan type</source>
        <translation>Tipo de plano climático</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>P&amp;opulação:</translation>
    </message>
    <message>
        <source>&amp;GCoM signatory:</source>
        <translation>&amp;Signatário do GCoM:</translation>
    </message>
    <message>
        <source>Climate &amp;plan type:</source>
        <translation>&amp;Tipo de plano climático:</translation>
    </message>
    <message>
        <source>Plan covers the &amp;whole city:</source>
        <translation>O plano abrange a cidade &amp;inteira:</translation>
    </message>
    <message>
        <source>&amp;Cohort status:</source>
        <translation>Situação na &amp;coorte:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Elegibilidade:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add City</source>
        <translation>Adicionar cidade</translation>
    </message>
</context>
<context>
    <name>CityStore</name>
    <message>
        <source>The city no longer exists.</source>
        <translation>A cidade não existe mais.</translation>
    </message>
    <message>
        <source>There is already a city named %1 in this country.</source>
        <translation>Já existe uma cidade chamada %1 neste país.</translation>
    </message>
    <message>
        <source>Unknown country.</source>
        <translation>País desconhecido.</translation>
    </message>
    <message>
        <source>This city is a member of pairing %1; remove it from there first.</source>
        <translation>Esta cidade participa do pareamento %1; remova-a de lá primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>People who belong to this city: %n. Change or delete them first.</source>
        <translation>
            <numerusform>Pessoas que pertencem a esta cidade: %n. Altere-a ou exclua-a primeiro.</numerusform>
            <numerusform>Pessoas que pertencem a esta cidade: %n. Altere-as ou exclua-as primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these cities are used now (by pairings, people, minutes or working hours); they were not removed.</source>
        <translation>Algumas destas cidades estão em uso (por pareamentos, pessoas, atas ou horários de trabalho); elas não foram removidas.</translation>
    </message>
    <message>
        <source>Some of these cities no longer exist; nothing was removed.</source>
        <translation>Algumas destas cidades não existem mais; nada foi removido.</translation>
    </message>
    <message>
        <source>A city of this file has been added to the database since the file was checked; nothing was imported. Check the file again.</source>
        <translation>Uma cidade deste arquivo foi adicionada ao banco de dados depois que o arquivo foi verificado; nada foi importado. Verifique o arquivo novamente.</translation>
    </message>
</context>
<context>
    <name>CityTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Plan type unknown</source>
        <translation>Tipo de plano desconhecido</translation>
    </message>
    <message>
        <source>%1, whole city</source>
        <translation>%1, toda a cidade</translation>
    </message>
    <message>
        <source>%1, not city-wide</source>
        <translation>%1, não abrange toda a cidade</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegível</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Não elegível</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>GCoM signatory</source>
        <translation>Signatário do GCoM</translation>
    </message>
    <message>
        <source>Climate plan</source>
        <translation>Plano climático</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Cohort eligibility</source>
        <translation>Elegibilidade para a coorte</translation>
    </message>
</context>
<context>
    <name>CostDelegate</name>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>the file is UTF-16 text. Save it as “CSV UTF-8” (Excel) or with the character set Unicode (UTF-8) (LibreOffice).</source>
        <translation>o arquivo é texto UTF-16. Salve-o como “CSV UTF-8” (Excel) ou com o conjunto de caracteres Unicode (UTF-8) (LibreOffice).</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file.</source>
        <translation>um byte NUL: este não é um arquivo de texto.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (perhaps a Windows code page). Save it as “CSV UTF-8” (Excel) or with the character set Unicode (UTF-8) (LibreOffice).</source>
        <translation>o texto não está em UTF-8 (talvez em uma página de código do Windows). Salve-o como “CSV UTF-8” (Excel) ou com o conjunto de caracteres Unicode (UTF-8) (LibreOffice).</translation>
    </message>
    <message>
        <source>the quoted field in column %1 is never closed (a quote is missing).</source>
        <translation>o campo entre aspas na coluna %1 nunca é fechado (falta uma aspa).</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation>texto após a aspa de fechamento na coluna %1; uma aspa dentro de um campo é escrita duas vezes (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a stray quote in column %1; a field holding quotes is quoted as a whole, each quote written twice.</source>
        <translation>uma aspa avulsa na coluna %1; um campo que contém aspas fica inteiro entre aspas, com cada aspa escrita duas vezes.</translation>
    </message>
</context>
<context>
    <name>CycleTimeline</name>
    <message>
        <source>Cycle time line</source>
        <translation>Linha do tempo do ciclo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n session(s) held or scheduled</source>
        <translation>
            <numerusform>%1: %2 de %n sessão realizada ou agendada</numerusform>
            <numerusform>%1: %2 de %n sessões realizadas ou agendadas</numerusform>
        </translation>
    </message>
    <message>
        <source> — the cycle needs at least %1</source>
        <translation> — o ciclo precisa de pelo menos %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a time (not shown)</source>
        <translation>
            <numerusform>; %n sem horário (não mostrada)</numerusform>
            <numerusform>; %n sem horário (não mostradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: %2
%3 UTC · %4 min · %5</source>
        <translation>Sessão %1: %2
%3 UTC · %4 min · %5</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Write the progress report of what the dashboard shows as PDF</source>
        <translation>Gravar em PDF o relatório de progresso do que o painel mostra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Painel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Programme charts</source>
        <translation>Gráficos do programa</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Atualizando os números…</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar relatório de progresso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Lendo os dados do relatório…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Wrote the progress report to %1.</source>
        <translation>Relatório de progresso gravado em %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>Não é possível ler %1 como banco de dados: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a City2City database.</source>
        <translation>%1 é um banco de dados SQLite de outro aplicativo, não um banco de dados do City2City.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of City2City Facilitator (schema %2; this version knows up to %3). Update the application to open it.</source>
        <translation>%1 foi gravado por uma versão mais recente do City2City Facilitator (esquema %2; esta versão conhece até o %3). Atualize o aplicativo para abri-lo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>%1 is open in another window (process %2) — read-only here. Close the other window and open it again to make changes.</source>
        <translation>%1 está aberto em outra janela (processo %2) — somente leitura aqui. Feche a outra janela e abra-o novamente para fazer alterações.</translation>
    </message>
    <message>
        <source>%1 is open in another window — read-only here. Close the other window and open it again to make changes.</source>
        <translation>%1 está aberto em outra janela — somente leitura aqui. Feche a outra janela e abra-o novamente para fazer alterações.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>%1 cannot be written: check its permissions.</source>
        <translation>Não é possível gravar em %1: verifique as permissões.</translation>
    </message>
    <message>
        <source>%1 is read-only: the file or its folder cannot be written, so nothing can be changed here.</source>
        <translation>%1 está em somente leitura: não é possível gravar no arquivo ou na pasta dele, então nada pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Não é possível criar %1: %2.</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.</source>
        <translation>%1 está aberto em somente leitura: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and must be updated to schema %3 to open in this version, which needs write access. %4</source>
        <translation>%1 tem o esquema %2 e precisa ser atualizado para o esquema %3 para abrir nesta versão, o que requer acesso de gravação. %4</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 must be updated to this version&apos;s schema, and a backup is written first; that failed, so the file was not changed. %2</source>
        <translation>%1 precisa ser atualizado para o esquema desta versão, e antes é gravado um backup; isso falhou, então o arquivo não foi alterado. %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Não é possível ler a versão do esquema.</translation>
    </message>
    <message>
        <source>The database was written by a newer version (schema %1).</source>
        <translation>O banco de dados foi gravado por uma versão mais recente (esquema %1).</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Falha ao atualizar o banco de dados para o esquema %1: %2</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>O banco de dados está ocupado em outro programa; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The disk is full or the database file could not be written (%1), so this was not saved. Free some disk space and save again; everything saved before is safe.</source>
        <translation>O disco está cheio ou não foi possível gravar o arquivo do banco de dados (%1), então isto não foi salvo. Libere espaço em disco e salve novamente; tudo o que foi salvo antes está seguro.</translation>
    </message>
    <message>
        <source>The database is open read-only here, so nothing was changed (%1).</source>
        <translation>O banco de dados está aberto em somente leitura aqui, então nada foi alterado (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Check it with “city2city-cli check”, and restore a backup (File › Restore from Backup…).</source>
        <translation>O arquivo do banco de dados está danificado (%1). Verifique-o com “city2city-cli check” e restaure um backup (Arquivo › Restaurar de um backup…).</translation>
    </message>
    <message>
        <source>This record is still used elsewhere, so the change was not made.</source>
        <translation>Este registro ainda é usado em outro lugar, então a alteração não foi feita.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erro no banco de dados: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1, linha %2, se refere a um(a) %3 inexistente</translation>
    </message>
    <message>
        <source>%1 row %2: %3 refers to a missing %4</source>
        <translation>%1, linha %2: %3 se refere a um(a) %4 inexistente</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a City2City database: it is not an SQLite file.</source>
        <translation>%1 não é um banco de dados do City2City: não é um arquivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut off inside its header.</source>
        <translation>%1 está danificado: ele está cortado no meio do cabeçalho.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes), as after a copy that was cut off.</source>
        <translation>%1 está danificado: é mais curto do que o cabeçalho indica (%2 de %3 bytes), como após uma cópia interrompida.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>Não é possível ler %1 como banco de dados: %2</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not yet a City2City database.</source>
        <translation>%1 é um arquivo SQLite vazio, ainda não é um banco de dados do City2City.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a City2City database.</source>
        <translation>%1 é um banco de dados SQLite de outro aplicativo, não um banco de dados do City2City.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of City2City Facilitator (schema %2; this version knows up to %3).</source>
        <translation>%1 foi gravado por uma versão mais recente do City2City Facilitator (esquema %2; esta versão conhece até o %3).</translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2: it is updated (after a backup) when opened.</source>
        <translation>O esquema %1 é mais antigo que o %2 desta versão: ele é atualizado (após um backup) ao ser aberto.</translation>
    </message>
    <message>
        <source>The integrity check found damage (%1).</source>
        <translation>A verificação de integridade encontrou danos (%1).</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>Não foi possível executar a verificação de chaves estrangeiras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n linha se refere a registros que não existem.</numerusform>
            <numerusform>%n linhas se referem a registros que não existem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database:           %1</source>
        <translation>Banco de dados:       %1</translation>
    </message>
    <message>
        <source>Application id:     0x%1%2</source>
        <translation>ID do aplicativo:     0x%1%2</translation>
    </message>
    <message>
        <source> (City2City Facilitator)</source>
        <translation> (City2City Facilitator)</translation>
    </message>
    <message>
        <source>Schema version:     %1 (this version knows up to %2)</source>
        <translation>Versão do esquema:    %1 (esta versão conhece até a %2)</translation>
    </message>
    <message>
        <source>Integrity check:    ok</source>
        <translation>Integridade:          ok</translation>
    </message>
    <message>
        <source>Integrity check:    damage found</source>
        <translation>Integridade:          danos encontrados</translation>
    </message>
    <message>
        <source>Foreign key check:  could not run</source>
        <translation>Chaves estrangeiras:  não foi possível verificar</translation>
    </message>
    <message>
        <source>Foreign key check:  ok</source>
        <translation>Chaves estrangeiras:  ok</translation>
    </message>
    <message numerus="yes">
        <source>Foreign key check:  %n row(s) refer to missing records</source>
        <translation>
            <numerusform>Chaves estrangeiras:  %n linha se refere a registros inexistentes</numerusform>
            <numerusform>Chaves estrangeiras:  %n linhas se referem a registros inexistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problema encontrado:</numerusform>
            <numerusform>%n problemas encontrados:</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not changed. To go back to a good state, restore a backup (File › Restore from Backup…, or city2city-cli restore FILE).</source>
        <translation>O arquivo não foi alterado. Para voltar a um estado válido, restaure um backup (Arquivo › Restaurar de um backup…, ou city2city-cli restore ARQUIVO).</translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message>
        <source>Import &amp;Cities…</source>
        <translation>Importar &amp;cidades…</translation>
    </message>
    <message>
        <source>Import &amp;People…</source>
        <translation>Importar &amp;pessoas…</translation>
    </message>
    <message>
        <source>E&amp;xport Cities…</source>
        <translation>E&amp;xportar cidades…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import Cities</source>
        <translation>Importar cidades</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <source>Export Cities</source>
        <translation>Exportar cidades</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>Exportar pessoas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln city(ies) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>%Ln cidade importada de %1; Editar ▸ Desfazer a remove novamente.</numerusform>
            <numerusform>%Ln cidades importadas de %1; Editar ▸ Desfazer as remove novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln person(s) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>%Ln pessoa importada de %1; Editar ▸ Desfazer a remove novamente.</numerusform>
            <numerusform>%Ln pessoas importadas de %1; Editar ▸ Desfazer as remove novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln city(ies) to %1.</source>
        <translation>
            <numerusform>%Ln cidade gravada em %1.</numerusform>
            <numerusform>%Ln cidades gravadas em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln person(s) to %1.</source>
        <translation>
            <numerusform>%Ln pessoa gravada em %1.</numerusform>
            <numerusform>%Ln pessoas gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expor&amp;t People…</source>
        <translation>Exportar p&amp;essoas…</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>linha %1, coluna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>O arquivo está vazio: a primeira linha deve nomear as colunas.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are the same column (%3).</source>
        <translation>As colunas &quot;%1&quot; e &quot;%2&quot; são a mesma coluna (%3).</translation>
    </message>
    <message>
        <source>The file has no column %1. The first line must name the columns; %2 need %3.</source>
        <translation>O arquivo não tem a coluna %1. A primeira linha deve nomear as colunas; %2 precisam de %3.</translation>
    </message>
    <message>
        <source>Not imported (unknown columns): %1. Known columns: %2.</source>
        <translation>Não importado (colunas desconhecidas): %1. Colunas conhecidas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the first line names %1 columns.</source>
        <translation>
            <numerusform>%n valor, mas a primeira linha nomeia %1 colunas.</numerusform>
            <numerusform>%n valores, mas a primeira linha nomeia %1 colunas.</numerusform>
        </translation>
    </message>
    <message>
        <source>more values (%1) than the first line names columns (%2).</source>
        <translation>mais valores (%1) do que colunas nomeadas na primeira linha (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a UUID; leave it empty for a new one.</source>
        <translation>“%1” não é um UUID; deixe vazio para gerar um novo.</translation>
    </message>
    <message>
        <source>“%1” in the database has this uuid already.</source>
        <translation>“%1” no banco de dados já tem este uuid.</translation>
    </message>
    <message>
        <source>line %1 has the same uuid.</source>
        <translation>a linha %1 tem o mesmo uuid.</translation>
    </message>
    <message>
        <source>the country is missing (an ISO code such as UA, or its name).</source>
        <translation>falta o país (um código ISO como UA, ou o nome dele).</translation>
    </message>
    <message>
        <source>unknown country “%1”; give its ISO code (such as UA) or its name.</source>
        <translation>país desconhecido “%1”; informe o código ISO (como UA) ou o nome dele.</translation>
    </message>
    <message>
        <source>“%1” is not a population (a whole number above zero).</source>
        <translation>“%1” não é uma população (um número inteiro maior que zero).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (leave it empty when unknown).</source>
        <translation>“%1” não é sim nem não (deixe vazio quando desconhecido).</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the database.</source>
        <translation>%1 (%2) já está no banco de dados.</translation>
    </message>
    <message>
        <source>line %1 has %2 (%3) already.</source>
        <translation>a linha %1 já tem %2 (%3).</translation>
    </message>
    <message>
        <source>the role is missing; one of: %1.</source>
        <translation>falta a função; uma destas: %1.</translation>
    </message>
    <message>
        <source>unknown role “%1”; one of: %2.</source>
        <translation>função desconhecida “%1”; uma destas: %2.</translation>
    </message>
    <message>
        <source>a country without a city; the country only tells cities of the same name apart.</source>
        <translation>um país sem cidade; o país serve apenas para distinguir cidades de mesmo nome.</translation>
    </message>
    <message>
        <source>no city “%1” in %2 in the database; import or add it first.</source>
        <translation>não há cidade “%1” em %2 no banco de dados; importe-a ou adicione-a primeiro.</translation>
    </message>
    <message>
        <source>no city “%1” in the database; import or add it first.</source>
        <translation>não há cidade “%1” no banco de dados; importe-a ou adicione-a primeiro.</translation>
    </message>
    <message>
        <source>several cities are called “%1” (%2); add a &quot;country&quot; column.</source>
        <translation>várias cidades se chamam “%1” (%2); adicione uma coluna &quot;country&quot;.</translation>
    </message>
    <message>
        <source>%1 in the database has this address already.</source>
        <translation>%1 no banco de dados já tem este endereço.</translation>
    </message>
    <message>
        <source>line %1 has the same address.</source>
        <translation>a linha %1 tem o mesmo endereço.</translation>
    </message>
    <message>
        <source>%1 of the same city is in the database already; give an e-mail address to tell them apart.</source>
        <translation>%1, da mesma cidade, já está no banco de dados; informe um endereço de e-mail para diferenciá-los.</translation>
    </message>
    <message>
        <source>line %1 has the same name and city; give an e-mail address to tell them apart.</source>
        <translation>a linha %1 tem o mesmo nome e cidade; informe um endereço de e-mail para diferenciá-los.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems; nothing was imported.</source>
        <translation>%1 de %2 linhas têm problemas; nada foi importado.</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>A verificação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>O arquivo não tem linhas para importar.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add city %1</source>
        <translation>Adicionar cidade %1</translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation>Editar cidade %1</translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation>Excluir cidade %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Add pairing %1</source>
        <translation>Adicionar pareamento %1</translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation>Editar pareamento %1</translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation>Excluir pareamento %1</translation>
    </message>
    <message>
        <source>Add session to the cycle</source>
        <translation>Adicionar sessão ao ciclo</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Editar sessão %1</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Excluir sessão %1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Não há nada para importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cities</source>
        <translation>
            <numerusform>Importar %n cidade</numerusform>
            <numerusform>Importar %n cidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importar %n pessoa</numerusform>
            <numerusform>Importar %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Adicionar modelo %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Editar modelo %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Excluir modelo %1</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Alterar horário de trabalho</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Adicionar registro</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Presença de %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Add pilot %1</source>
        <translation>Adicionar piloto %1</translation>
    </message>
    <message>
        <source>Edit pilot %1</source>
        <translation>Editar piloto %1</translation>
    </message>
    <message>
        <source>Delete pilot %1</source>
        <translation>Excluir piloto %1</translation>
    </message>
    <message>
        <source>Add plan action %1</source>
        <translation>Adicionar ação do plano %1</translation>
    </message>
    <message>
        <source>Edit plan action %1</source>
        <translation>Editar ação do plano %1</translation>
    </message>
    <message>
        <source>Delete plan action %1</source>
        <translation>Excluir ação do plano %1</translation>
    </message>
    <message>
        <source>Move plan action %1</source>
        <translation>Mover ação do plano %1</translation>
    </message>
    <message>
        <source>Assess readiness</source>
        <translation>Avaliar prontidão</translation>
    </message>
    <message>
        <source>Edit readiness assessment</source>
        <translation>Editar avaliação de prontidão</translation>
    </message>
    <message>
        <source>Delete readiness assessment</source>
        <translation>Excluir avaliação de prontidão</translation>
    </message>
    <message>
        <source>An import is being written; try again when it is done.</source>
        <translation>Uma importação está sendo gravada; tente novamente quando terminar.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>population</source>
        <translation>população</translation>
    </message>
    <message>
        <source>population %1 is under %2</source>
        <translation>a população de %1 é inferior a %2</translation>
    </message>
    <message>
        <source>GCoM signature</source>
        <translation>assinatura do GCoM</translation>
    </message>
    <message>
        <source>not a Global Covenant of Mayors signatory</source>
        <translation>não é signatária do Pacto Global de Prefeitos (GCoM)</translation>
    </message>
    <message>
        <source>no climate action plan covering the whole city</source>
        <translation>nenhum plano de ação climática que abranja toda a cidade</translation>
    </message>
    <message>
        <source>city-wide climate plan</source>
        <translation>plano climático para toda a cidade</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconhecido: %1</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegível</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Não elegível: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown (%1)</source>
        <translation>Elegibilidade desconhecida (%1)</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only.</source>
        <translation>Não é possível tornar %1 legível somente pelo proprietário.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>Não é possível gravar %1 no disco: %2</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2: %3</source>
        <translation>Não é possível colocar %1 no lugar de %2: %3</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>There are no sessions to put in the calendar.</source>
        <translation>Não há sessões para incluir no calendário.</translation>
    </message>
    <message>
        <source>The event “%1” has no UID.</source>
        <translation>O evento “%1” não tem UID.</translation>
    </message>
    <message>
        <source>Two events share the UID %1.</source>
        <translation>Dois eventos compartilham o UID %1.</translation>
    </message>
    <message>
        <source>The event “%1” has no start time.</source>
        <translation>O evento “%1” não tem horário de início.</translation>
    </message>
    <message>
        <source>The event “%1” has a negative duration.</source>
        <translation>O evento “%1” tem duração negativa.</translation>
    </message>
    <message>
        <source>The event “%1” has no time stamp (DTSTAMP).</source>
        <translation>O evento “%1” não tem carimbo de data/hora (DTSTAMP).</translation>
    </message>
    <message>
        <source>The event “%1” has an unknown status “%2”.</source>
        <translation>O evento “%1” tem uma situação desconhecida “%2”.</translation>
    </message>
    <message>
        <source>The event %1 is an all-day event; only events with a start time can be read.</source>
        <translation>O evento %1 é um evento de dia inteiro; só é possível ler eventos com horário de início.</translation>
    </message>
    <message>
        <source>The event %1 uses the unknown time zone “%2”.</source>
        <translation>O evento %1 usa o fuso horário desconhecido “%2”.</translation>
    </message>
    <message>
        <source>The event %1 has a time without a time zone.</source>
        <translation>O evento %1 tem um horário sem fuso horário.</translation>
    </message>
    <message>
        <source>The event %1 has an impossible date or time.</source>
        <translation>O evento %1 tem uma data ou um horário impossível.</translation>
    </message>
    <message>
        <source>The event %1 has no start time (DTSTART).</source>
        <translation>O evento %1 não tem horário de início (DTSTART).</translation>
    </message>
    <message>
        <source>The event %1 ends before it starts.</source>
        <translation>O evento %1 termina antes de começar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>The calendar is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>O calendário não é texto UTF-8; salve-o como UTF-8 e tente novamente.</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Não é possível ler o calendário: %1</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no complete BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>Este não é um arquivo iCalendar: ele não tem um BEGIN:VCALENDAR … END:VCALENDAR completo.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds a %1 instead of a VCALENDAR.</source>
        <translation>Este não é um arquivo iCalendar: ele contém um %1 em vez de um VCALENDAR.</translation>
    </message>
    <message>
        <source>The calendar has no events.</source>
        <translation>O calendário não tem eventos.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar somente linhas com &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Cities</source>
        <translation>Importar cidades</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Linhas do arquivo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Checking %1: row %2 of %3…</source>
        <translation>Verificando %1: linha %2 de %3…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Não é possível importar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 não tem linhas para importar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ready, %1 with problems. Correct them in the file and import it again: nothing is imported while a row has a problem.</source>
        <translation>
            <numerusform>%Ln linha pronta, %1 com problemas. Corrija os problemas no arquivo e importe-o novamente: nada é importado enquanto houver uma linha com problema.</numerusform>
            <numerusform>%Ln linhas prontas, %1 com problemas. Corrija os problemas no arquivo e importe-o novamente: nada é importado enquanto houver uma linha com problema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ready to import.</source>
        <translation>
            <numerusform>%Ln linha pronta para importar.</numerusform>
            <numerusform>%Ln linhas prontas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln city(ies)…</source>
        <translation>
            <numerusform>Importando %Ln cidade…</numerusform>
            <numerusform>Importando %Ln cidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln person(s)…</source>
        <translation>
            <numerusform>Importando %Ln pessoa…</numerusform>
            <numerusform>Importando %Ln pessoas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>Show the overdue action items</source>
        <translation>Mostrar as ações atrasadas</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pareamentos</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sessions held / planned</source>
        <translation>Sessões realizadas / planejadas</translation>
    </message>
    <message>
        <source>Held in Q%1 %2</source>
        <translation>Realizadas no %1º trim. %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Ações atrasadas</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Pilots ready / assessed / total</source>
        <translation>Pilotos prontos / avaliados / total</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pareamentos</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Saved the preferences.</source>
        <translation>Preferências salvas.</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>Pa&amp;reamentos</translation>
    </message>
    <message>
        <source>&amp;Cities</source>
        <translation>&amp;Cidades</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;essoas</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>Pi&amp;lots</source>
        <translation>Pi&amp;lotos</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Pes&amp;quisa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Readiness &amp;Rubric</source>
        <translation>&amp;Rubrica de prontidão</translation>
    </message>
    <message>
        <source>&amp;About City2City Facilitator</source>
        <translation>&amp;Sobre o City2City Facilitator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Created %1 with the programme&apos;s data.</source>
        <translation>%1 criado com os dados do programa.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 aberto.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>City2City databases (*.c2c *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados City2City (*.c2c *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>City2City databases (*.c2c)</source>
        <translation>Bancos de dados City2City (*.c2c)</translation>
    </message>
    <message>
        <source>%1 already exists; a new database never replaces a file. Use Open to open it.</source>
        <translation>%1 já existe; um novo banco de dados nunca substitui um arquivo. Use Abrir para abri-lo.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+8</source>
        <translation>Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
        <source>Dashboard, Pairings, Cities, People, Sessions, Actions, Pilots, Search</source>
        <translation>Painel, Pareamentos, Cidades, Pessoas, Sessões, Ações, Pilotos, Pesquisa</translation>
    </message>
    <message>
        <source>Ctrl+N / F2 / Delete</source>
        <translation>Ctrl+N / F2 / Delete</translation>
    </message>
    <message>
        <source>New, edit, delete in the current area</source>
        <translation>Novo, editar, excluir na área atual</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter or search the current area</source>
        <translation>Filtrar ou pesquisar na área atual</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Desfazer, refazer</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+Shift+N</source>
        <translation>Ctrl+O / Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open a database, create a new one</source>
        <translation>Abrir um banco de dados, criar um novo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Fazer backup do banco de dados agora</translation>
    </message>
    <message>
        <source>Enter (on a session)</source>
        <translation>Enter (em uma sessão)</translation>
    </message>
    <message>
        <source>Run the session in its own window</source>
        <translation>Conduzir a sessão em uma janela própria</translation>
    </message>
    <message>
        <source>In a session: Ctrl+Shift+1 … 5</source>
        <translation>Em uma sessão: Ctrl+Shift+1 … 5</translation>
    </message>
    <message>
        <source>New discussion, decision, insight, good practice, challenge entry</source>
        <translation>Novo registro de discussão, decisão, aprendizado, boa prática, desafio</translation>
    </message>
    <message>
        <source>In a session: Ctrl+Shift+A</source>
        <translation>Em uma sessão: Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Action item from the entry</source>
        <translation>Ação a partir do registro</translation>
    </message>
    <message>
        <source>In a session: Alt+Up / Alt+Down</source>
        <translation>Em uma sessão: Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>Previous / next agenda block</source>
        <translation>Bloco da pauta anterior / seguinte</translation>
    </message>
    <message>
        <source>In a session: Ctrl+S</source>
        <translation>Em uma sessão: Ctrl+S</translation>
    </message>
    <message>
        <source>Save now (it is saved as you type anyway)</source>
        <translation>Salvar agora (de qualquer forma, tudo é salvo enquanto você digita)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>%1 (read-only) — City2City Facilitator</source>
        <translation>%1 (somente leitura) — City2City Facilitator</translation>
    </message>
    <message>
        <source>%1 — City2City Facilitator</source>
        <translation>%1 — City2City Facilitator</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln pareamento</numerusform>
            <numerusform>%Ln pareamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln city(ies)</source>
        <translation>
            <numerusform>%Ln cidade</numerusform>
            <numerusform>%Ln cidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln país</numerusform>
            <numerusform>%Ln países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temas</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>About City2City Facilitator</source>
        <translation>Sobre o City2City Facilitator</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%1 (built with %2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt Charts&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libical&lt;/td&gt;&lt;td&gt;%5 (built with)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%1 (compilado com %2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt Charts&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libical&lt;/td&gt;&lt;td&gt;%5 (com a qual foi compilado)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;City2City Facilitator %1&lt;/h3&gt;&lt;p&gt;Plan, run and follow up the pairings of the UTM City2City programme.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Libraries:&lt;/p&gt;&lt;table cellspacing=4&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;City2City Facilitator %1&lt;/h3&gt;&lt;p&gt;Planeje, realize e acompanhe os pareamentos do programa UTM City2City.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;&lt;p&gt;Licença: GNU General Public License, versão 3 ou posterior (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Bibliotecas:&lt;/p&gt;&lt;table cellspacing=4&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;int Minutes…</source>
        <translation>&amp;Imprimir atas…</translation>
    </message>
    <message>
        <source>Print the minutes of the session selected in the Sessions area</source>
        <translation>Imprimir as atas da sessão selecionada na área Sessões</translation>
    </message>
    <message>
        <source>Select a session in the Sessions area to print its minutes; a session&apos;s own window prints them too.</source>
        <translation>Selecione uma sessão na área Sessões para imprimir suas atas; a janela da própria sessão também as imprime.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
</context>
<context>
    <name>MinutesData</name>
    <message>
        <source>Session %1: %2</source>
        <translation>Sessão %1: %2</translation>
    </message>
    <message>
        <source>Minutes — %1 %2</source>
        <translation>Ata — %1 %2</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Boas práticas</translation>
    </message>
    <message>
        <source>Insights and lessons learned</source>
        <translation>Aprendizados e lições aprendidas</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ausência justificada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>%1 · %2 · Session %3 — page %4 of %5</source>
        <translation>%1 · %2 · Sessão %3 — página %4 de %5</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e horário</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC (%4 min)</source>
        <translation>%1, %2–%3 UTC (%4 min)</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Horário local</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Ainda não agendada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Nenhuma presença foi registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people present.</source>
        <translation>
            <numerusform>%1 de %n pessoa presente.</numerusform>
            <numerusform>%1 de %n pessoas presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Facilitators and experts</source>
        <translation>Facilitadores e especialistas</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Pauta e ata</translation>
    </message>
    <message>
        <source>The session has no agenda.</source>
        <translation>A sessão não tem pauta.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>conduzido por %1</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Nenhum registro.</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Observações gerais</translation>
    </message>
    <message>
        <source>Summary of decisions</source>
        <translation>Resumo das decisões</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Nenhuma decisão foi registrada.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item da pauta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Nenhuma ação.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Pilot readiness assessed</source>
        <translation>Prontidão dos pilotos avaliada</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>não pronto</translation>
    </message>
    <message>
        <source>Minutes can only be laid out in a graphical application (fonts need QGuiApplication).</source>
        <translation>A ata só pode ser diagramada em um aplicativo gráfico (as fontes exigem QGuiApplication).</translation>
    </message>
    <message>
        <source>The page is too small for the minutes.</source>
        <translation>A página é pequena demais para a ata.</translation>
    </message>
    <message>
        <source>Cannot start painting the minutes.</source>
        <translation>Não é possível começar a desenhar a ata.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the minutes.</source>
        <translation>Não é possível iniciar a página %1 da ata.</translation>
    </message>
    <message>
        <source>Cannot finish painting the minutes.</source>
        <translation>Não é possível terminar de desenhar a ata.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Não é possível gravar %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>MinutesExportJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Sessions by month</source>
        <translation>Sessões por mês</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>No city with id or name “%1”.</source>
        <translation>Não há cidade com id ou nome “%1”.</translation>
    </message>
    <message>
        <source>Several cities are called “%1”: %2. Give the id.</source>
        <translation>Várias cidades se chamam “%1”: %2. Informe o id.</translation>
    </message>
    <message>
        <source>No person with id or name “%1”.</source>
        <translation>Não há pessoa com id ou nome “%1”.</translation>
    </message>
    <message>
        <source>Several people are called “%1”: %2. Give the id.</source>
        <translation>Várias pessoas se chamam “%1”: %2. Informe o id.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>O registro não existe mais.</translation>
    </message>
    <message>
        <source>The agenda block is not part of the entry&apos;s session.</source>
        <translation>O bloco da pauta não faz parte da sessão do registro.</translation>
    </message>
    <message>
        <source>The entry&apos;s session or city no longer exists.</source>
        <translation>A sessão ou a cidade do registro não existe mais.</translation>
    </message>
    <message>
        <source>The entry&apos;s city no longer exists.</source>
        <translation>A cidade do registro não existe mais.</translation>
    </message>
</context>
<context>
    <name>OptionalBoolCombo</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>PairingCharts</name>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>Cycle: %1 of %2 held (min. %3)</source>
        <translation>Ciclo: %1 de %2 realizadas (mín. %3)</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Ainda não planejada</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>to plan</source>
        <translation>a planejar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Ainda não há ações</translation>
    </message>
    <message>
        <source>Open, on time</source>
        <translation>Abertas, no prazo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Action items of %1</source>
        <translation>Ações de %1</translation>
    </message>
    <message>
        <source>Overdue action items of %1</source>
        <translation>Ações atrasadas de %1</translation>
    </message>
    <message>
        <source>Readiness of each city&apos;s pilot</source>
        <translation>Prontidão do piloto de cada cidade</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Ainda não há pilotos</translation>
    </message>
    <message>
        <source>Overall (%1)</source>
        <translation>Geral (%1)</translation>
    </message>
    <message>
        <source>%1 (not assessed)</source>
        <translation>%1 (não avaliado)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
</context>
<context>
    <name>PairingDetailWidget</name>
    <message>
        <source>Edit &amp;Pairing…</source>
        <translation>Editar &amp;pareamento…</translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation>Excluir pareamento</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>Plan C&amp;ycle…</source>
        <translation>Planejar &amp;ciclo…</translation>
    </message>
    <message>
        <source>Select a pairing to see its cities and challenge.</source>
        <translation>Selecione um pareamento para ver as cidades e o desafio dele.</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Cidades participantes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Member cities&lt;/b&gt; — local time now</source>
        <translation>&lt;b&gt;Cidades participantes&lt;/b&gt; — horário local agora</translation>
    </message>
    <message>
        <source>Pairing details</source>
        <translation>Detalhes do pareamento</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilotos</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pro&amp;gresso</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado em %1</translation>
    </message>
    <message>
        <source>Lead facilitator: %1</source>
        <translation>Facilitador principal: %1</translation>
    </message>
    <message>
        <source>No lead facilitator yet</source>
        <translation>Ainda sem facilitador principal</translation>
    </message>
    <message numerus="yes">
        <source>Cycle: %1 of %n session(s) held or scheduled (%2 planned)%3</source>
        <translation>
            <numerusform>Ciclo: %1 de %n sessão realizada ou agendada (%2 planejada)%3</numerusform>
            <numerusform>Ciclo: %1 de %n sessões realizadas ou agendadas (%2 planejadas)%3</numerusform>
        </translation>
    </message>
    <message>
        <source> — needs at least four</source>
        <translation> — precisa de pelo menos quatro</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>— none yet —</source>
        <translation>— nenhum ainda —</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>&amp;Iniciado em</translation>
    </message>
    <message>
        <source>&amp;Add City</source>
        <translation>&amp;Adicionar cidade</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>The challenge the cities work on together</source>
        <translation>O desafio que as cidades enfrentam juntas</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Cidade a adicionar</translation>
    </message>
    <message>
        <source>Type a city…</source>
        <translation>Digite uma cidade…</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Cidades participantes</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>D&amp;esafio:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Lead facilitator:</source>
        <translation>&amp;Facilitador principal:</translation>
    </message>
    <message>
        <source>&amp;Member cities:</source>
        <translation>Cidades &amp;participantes:</translation>
    </message>
    <message>
        <source>Edit Pairing %1</source>
        <translation>Editar pareamento %1</translation>
    </message>
    <message>
        <source>Add Pairing</source>
        <translation>Adicionar pareamento</translation>
    </message>
    <message>
        <source>%1 is already a member of this pairing.</source>
        <translation>%1 já participa deste pareamento.</translation>
    </message>
    <message>
        <source>No city named “%1”; add it under Cities first.</source>
        <translation>Não há cidade chamada “%1”; adicione-a primeiro em Cidades.</translation>
    </message>
</context>
<context>
    <name>PairingListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>PairingMembersModel</name>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Horário local</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Diferença UTC</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
</context>
<context>
    <name>PairingPilotsModel</name>
    <message>
        <source>No pilot yet</source>
        <translation>Ainda sem piloto</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>PairingPilotsWidget</name>
    <message>
        <source>&amp;Add Pilot…</source>
        <translation>&amp;Adicionar piloto…</translation>
    </message>
    <message>
        <source>Asse&amp;ss…</source>
        <translation>A&amp;valiar…</translation>
    </message>
    <message>
        <source>&amp;Open in Pilots</source>
        <translation>Abrir em &amp;Pilotos</translation>
    </message>
    <message>
        <source>Pilots of the member cities</source>
        <translation>Pilotos das cidades participantes</translation>
    </message>
    <message>
        <source>Added the pilot.</source>
        <translation>Piloto adicionado.</translation>
    </message>
    <message>
        <source>Saved the assessment; the earlier ones stay in the history.</source>
        <translation>Avaliação salva; as anteriores continuam no histórico.</translation>
    </message>
</context>
<context>
    <name>PairingProgressWidget</name>
    <message>
        <source>No pairing selected</source>
        <translation>Nenhum pareamento selecionado</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Readiness of each city&apos;s pilot</source>
        <translation>Prontidão do piloto de cada cidade</translation>
    </message>
</context>
<context>
    <name>PairingStore</name>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>O pareamento não existe mais.</translation>
    </message>
    <message>
        <source>No pairing with id or code “%1”.</source>
        <translation>Não há pareamento com o ID ou código “%1”.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another pairing.</source>
        <translation>O código %1 já é usado por outro pareamento.</translation>
    </message>
    <message>
        <source>A city with a pilot in this pairing cannot be removed from it.</source>
        <translation>Uma cidade com um piloto neste pareamento não pode ser removida dele.</translation>
    </message>
    <message>
        <source>One of the member cities no longer exists.</source>
        <translation>Uma das cidades participantes não existe mais.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions in this pairing, with their minutes: %n. The pairing was not deleted; set its status to cancelled instead.</source>
        <translation>
            <numerusform>Sessões neste pareamento, com suas atas: %n. O pareamento não foi excluído; em vez disso, defina seu status como cancelado.</numerusform>
            <numerusform>Sessões neste pareamento, com suas atas: %n. O pareamento não foi excluído; em vez disso, defina seu status como cancelado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pilots in this pairing: %n. The pairing was not deleted.</source>
        <translation>
            <numerusform>Pilotos neste pareamento: %n. O pareamento não foi excluído.</numerusform>
            <numerusform>Pilotos neste pareamento: %n. O pareamento não foi excluído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Filter by code, city, country or challenge…</source>
        <translation>Filtrar por código, cidade, país ou desafio…</translation>
    </message>
    <message>
        <source>Filter pairings</source>
        <translation>Filtrar pareamentos</translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation>&amp;Novo pareamento…</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pareamentos</translation>
    </message>
    <message numerus="yes">
        <source>Pairings: %n</source>
        <translation>
            <numerusform>Pareamentos: %n</numerusform>
            <numerusform>Pareamentos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairings: %1 of %n</source>
        <translation>
            <numerusform>Pareamentos: %1 de %n</numerusform>
            <numerusform>Pareamentos: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1. Note: %2</source>
        <translation>%1 salvo. Observação: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Deleted pairing %1.</source>
        <translation>Pareamento %1 excluído.</translation>
    </message>
    <message>
        <source>Reading the pairings…</source>
        <translation>Lendo os pareamentos…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter people by name, organisation or e-mail…</source>
        <translation>Filtrar pessoas por nome, organização ou e-mail…</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Pessoas: %n</numerusform>
            <numerusform>Pessoas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Ninguém corresponde</translation>
    </message>
    <message>
        <source>No people yet: add one with Add…</source>
        <translation>Ainda não há pessoas: adicione uma com Adicionar…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 adicionado(a).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo(a).</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluído(a).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>— none —</source>
        <translation>— nenhuma —</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@exemplo.org</translation>
    </message>
    <message>
        <source>e.g. City Council, university, company</source>
        <translation>ex.: Câmara Municipal, universidade, empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Adicionar pessoa</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The person no longer exists.</source>
        <translation>A pessoa não existe mais.</translation>
    </message>
    <message numerus="yes">
        <source>Pairings led by this person: %n. Choose another lead facilitator for them first.</source>
        <translation>
            <numerusform>Pareamentos liderados por esta pessoa: %n. Escolha antes outro facilitador principal para ele.</numerusform>
            <numerusform>Pareamentos liderados por esta pessoa: %n. Escolha antes outro facilitador principal para eles.</numerusform>
        </translation>
    </message>
    <message>
        <source>This person appears in session attendance or action items, which would lose their name; the person was not deleted.</source>
        <translation>Esta pessoa aparece na presença de sessões ou em ações, que perderiam o nome dela; a pessoa não foi excluída.</translation>
    </message>
    <message numerus="yes">
        <source>Agenda blocks owned by this person: %n. Choose another owner for them first.</source>
        <translation>
            <numerusform>Blocos da pauta sob responsabilidade desta pessoa: %n. Escolha antes outro responsável para ele.</numerusform>
            <numerusform>Blocos da pauta sob responsabilidade desta pessoa: %n. Escolha antes outro responsável para eles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these people are named now in pairings, attendance, action items or agendas; they were not removed.</source>
        <translation>Algumas destas pessoas agora são citadas em pareamentos, presenças, ações ou pautas; elas não foram removidas.</translation>
    </message>
    <message>
        <source>Some of these people no longer exist; nothing was removed.</source>
        <translation>Algumas destas pessoas não existem mais; nada foi removido.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PilotAssessmentsWidget</name>
    <message>
        <source>A&amp;ssess…</source>
        <translation>A&amp;valiar…</translation>
    </message>
    <message>
        <source>Edit Assessment…</source>
        <translation>Editar avaliação…</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>Excluir avaliação</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>Saved the assessment; the earlier ones stay in the history.</source>
        <translation>Avaliação salva; as anteriores continuam no histórico.</translation>
    </message>
    <message>
        <source>Saved the assessment.</source>
        <translation>Avaliação salva.</translation>
    </message>
    <message>
        <source>Deleted the assessment. Undo brings it back.</source>
        <translation>Avaliação excluída. Desfazer a traz de volta.</translation>
    </message>
</context>
<context>
    <name>PilotCharts</name>
    <message>
        <source>S%1, %2</source>
        <translation>S%1, %2</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Prontidão por dimensão</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Mais recente: %1</translation>
    </message>
    <message>
        <source>Overall readiness over the cycle</source>
        <translation>Prontidão geral ao longo do ciclo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Overall (%1)</source>
        <translation>Geral (%1)</translation>
    </message>
    <message>
        <source>Ready (all at %1+)</source>
        <translation>Pronto (todos em %1+)</translation>
    </message>
</context>
<context>
    <name>PilotChartsWidget</name>
    <message>
        <source>No pilot selected</source>
        <translation>Nenhum piloto selecionado</translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>O piloto não existe mais.</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Prontidão por dimensão</translation>
    </message>
    <message>
        <source>Overall readiness over the cycle</source>
        <translation>Prontidão geral ao longo do ciclo</translation>
    </message>
</context>
<context>
    <name>PilotDetailWidget</name>
    <message>
        <source>Select a pilot to see its plan and readiness.</source>
        <translation>Selecione um piloto para ver seu plano e sua prontidão.</translation>
    </message>
    <message>
        <source>Edi&amp;t Pilot…</source>
        <translation>&amp;Editar piloto…</translation>
    </message>
    <message>
        <source>Open &amp;Pairing</source>
        <translation>Abrir &amp;pareamento</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lano</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>A&amp;valiações</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Inspired by:</source>
        <translation>Inspirado em:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>Academia:</source>
        <translation>Meio acadêmico:</translation>
    </message>
    <message>
        <source>Private sector:</source>
        <translation>Setor privado:</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>Outros:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Parceiros:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>Expected start:</source>
        <translation>Início previsto:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readiness:&lt;/b&gt; not assessed yet</source>
        <translation>&lt;b&gt;Prontidão:&lt;/b&gt; ainda não avaliada</translation>
    </message>
    <message>
        <source>Assess it on the rubric (Assessments tab) to see where it stands.</source>
        <translation>Avalie-o com a rubrica (aba Avaliações) para ver em que ponto está.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readiness %1&lt;/b&gt; · stage: %2 · assessed %3</source>
        <translation>&lt;b&gt;Prontidão %1&lt;/b&gt; · estágio: %2 · avaliado em %3</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>— choose a pairing —</source>
        <translation>— escolha um pareamento —</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Conhecidas:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>What the city will implement, in a few words</source>
        <translation>O que a cidade vai implementar, em poucas palavras</translation>
    </message>
    <message>
        <source>The pilot: what, where, for whom, and what it should achieve</source>
        <translation>O piloto: o quê, onde, para quem e o que deve alcançar</translation>
    </message>
    <message>
        <source>Inspired by city</source>
        <translation>Inspirado na cidade</translation>
    </message>
    <message>
        <source>The practice it adapts, e.g. “Low-temperature district heating”</source>
        <translation>A prática que ele adapta, ex.: “Aquecimento distrital de baixa temperatura”</translation>
    </message>
    <message>
        <source>Inspired by practice</source>
        <translation>Inspirado na prática</translation>
    </message>
    <message>
        <source>Universities, research institutes</source>
        <translation>Universidades, institutos de pesquisa</translation>
    </message>
    <message>
        <source>Companies, utilities, start-ups</source>
        <translation>Empresas, concessionárias de serviços públicos, startups</translation>
    </message>
    <message>
        <source>NGOs, citizens&apos; groups, other public bodies</source>
        <translation>ONGs, grupos de cidadãos, outros órgãos públicos</translation>
    </message>
    <message>
        <source>Expected start</source>
        <translation>Início previsto</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>&amp;Pareamento:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Inspired by city:</source>
        <translation>&amp;Inspirado na cidade:</translation>
    </message>
    <message>
        <source>… or p&amp;ractice:</source>
        <translation>… ou na p&amp;rática:</translation>
    </message>
    <message>
        <source>&amp;Academic partners:</source>
        <translation>Parceiros &amp;acadêmicos:</translation>
    </message>
    <message>
        <source>Pri&amp;vate-sector partners:</source>
        <translation>Parceiros do setor pri&amp;vado:</translation>
    </message>
    <message>
        <source>&amp;Other partners:</source>
        <translation>&amp;Outros parceiros:</translation>
    </message>
    <message>
        <source>Expected start:</source>
        <translation>Início previsto:</translation>
    </message>
    <message>
        <source>This pairing has no member cities yet.</source>
        <translation>Este pareamento ainda não tem cidades participantes.</translation>
    </message>
    <message>
        <source>⚠ %1 already has a pilot in this pairing: edit that one instead.</source>
        <translation>⚠ %1 já tem um piloto neste pareamento: edite esse piloto em vez disso.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nenhuma —</translation>
    </message>
    <message>
        <source>%1 (%2) — peer in this pairing</source>
        <translation>%1 (%2) — par neste pareamento</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Novo piloto</translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation>Editar piloto</translation>
    </message>
</context>
<context>
    <name>PilotPlanWidget</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Adicionar ação</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Pilot plan</source>
        <translation>Plano do piloto</translation>
    </message>
    <message>
        <source>&amp;Clear Cell</source>
        <translation>&amp;Limpar célula</translation>
    </message>
    <message>
        <source>New action: its title, then Enter</source>
        <translation>Nova ação: o título e depois Enter</translation>
    </message>
    <message>
        <source>New plan action</source>
        <translation>Nova ação do plano</translation>
    </message>
    <message>
        <source>Added the plan action “%1”.</source>
        <translation>Ação do plano “%1” adicionada.</translation>
    </message>
    <message>
        <source>Deleted the plan action “%1”. Undo brings it back.</source>
        <translation>Ação do plano “%1” excluída. Desfazer a traz de volta.</translation>
    </message>
</context>
<context>
    <name>PilotStore</name>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>O piloto não existe mais.</translation>
    </message>
    <message>
        <source>The plan action no longer exists.</source>
        <translation>A ação do plano não existe mais.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>A avaliação não existe mais.</translation>
    </message>
    <message>
        <source>This city already has a pilot in this pairing.</source>
        <translation>Esta cidade já tem um piloto neste pareamento.</translation>
    </message>
    <message>
        <source>The city is not a member of the pairing, or the inspiring city no longer exists.</source>
        <translation>A cidade não participa do pareamento, ou a cidade inspiradora não existe mais.</translation>
    </message>
    <message>
        <source>The inspiring city no longer exists.</source>
        <translation>A cidade inspiradora não existe mais.</translation>
    </message>
    <message>
        <source>A pilot stays with its pairing and city; add a pilot for another city instead.</source>
        <translation>Um piloto permanece com seu pareamento e sua cidade; em vez disso, adicione um piloto para outra cidade.</translation>
    </message>
    <message>
        <source>The session is not one of the pilot&apos;s pairing, or no longer exists.</source>
        <translation>A sessão não pertence ao pareamento do piloto ou não existe mais.</translation>
    </message>
</context>
<context>
    <name>PilotTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <source>Assessments so far: %1</source>
        <translation>Avaliações até agora: %1</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: não avaliado</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidência: %1</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Avaliado em</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>PilotValidation</name>
    <message>
        <source>A pilot needs a title.</source>
        <translation>Um piloto precisa de um título.</translation>
    </message>
    <message>
        <source>The pilot&apos;s title is too long (at most 200 characters).</source>
        <translation>O título do piloto é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>A pilot belongs to one city of a pairing: choose both.</source>
        <translation>Um piloto pertence a uma cidade de um pareamento: escolha ambos.</translation>
    </message>
    <message>
        <source>A pilot is inspired by a peer city, not by its own city.</source>
        <translation>Um piloto é inspirado em uma cidade par, não na sua própria cidade.</translation>
    </message>
    <message>
        <source>A plan action needs a title.</source>
        <translation>Uma ação do plano precisa de um título.</translation>
    </message>
    <message>
        <source>The plan action&apos;s title is too long (at most 200 characters).</source>
        <translation>O título da ação do plano é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>A plan action belongs to a pilot.</source>
        <translation>Uma ação do plano pertence a um piloto.</translation>
    </message>
    <message>
        <source>The plan action “%1” ends before it starts.</source>
        <translation>A ação do plano “%1” termina antes de começar.</translation>
    </message>
    <message>
        <source>A cost is a positive amount, or left empty.</source>
        <translation>Um custo é um valor positivo ou fica em branco.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>Uma moeda é um código de três letras, como EUR ou USD, não “%1”.</translation>
    </message>
    <message>
        <source>Give the currency of the cost (EUR, USD, ...).</source>
        <translation>Informe a moeda do custo (EUR, USD, ...).</translation>
    </message>
    <message>
        <source>An assessment belongs to a pilot.</source>
        <translation>Uma avaliação pertence a um piloto.</translation>
    </message>
    <message>
        <source>An assessment is made at a session or on a date.</source>
        <translation>Uma avaliação é feita em uma sessão ou em uma data.</translation>
    </message>
    <message>
        <source>An assessment gives a level to at least one dimension.</source>
        <translation>Uma avaliação atribui um nível a pelo menos uma dimensão.</translation>
    </message>
    <message>
        <source>A level must be from 1 to 9.</source>
        <translation>Um nível deve ser de 1 a 9.</translation>
    </message>
    <message>
        <source>The dimension “%1” is assessed twice.</source>
        <translation>A dimensão “%1” foi avaliada duas vezes.</translation>
    </message>
</context>
<context>
    <name>PilotsPage</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <source>Ready or not</source>
        <translation>Pronto ou não</translation>
    </message>
    <message>
        <source>Ready to pilot</source>
        <translation>Pronto para pilotar</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <source>Filter by title, city or pairing…</source>
        <translation>Filtrar por título, cidade ou pareamento…</translation>
    </message>
    <message>
        <source>Filter pilots</source>
        <translation>Filtrar pilotos</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;Novo piloto…</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>All pairings</source>
        <translation>Todos os pareamentos</translation>
    </message>
    <message>
        <source>Pilots: %1 · ready to pilot: %2</source>
        <translation>Pilotos: %1 · prontos para pilotar: %2</translation>
    </message>
    <message>
        <source>Added the pilot.</source>
        <translation>Piloto adicionado.</translation>
    </message>
    <message>
        <source>Saved the pilot.</source>
        <translation>Piloto salvo.</translation>
    </message>
    <message>
        <source>Deleted the pilot “%1” with its plan and assessments. Undo brings them back.</source>
        <translation>Piloto “%1” excluído com seu plano e suas avaliações. Desfazer os traz de volta.</translation>
    </message>
</context>
<context>
    <name>PlanActionsModel</name>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, e.g. 2027-09-01.</source>
        <translation>“%1” não é uma data: escreva no formato AAAA-MM-DD, ex.: 2027-09-01.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as 12500.</source>
        <translation>“%1” não é um valor: digite um número como 12500.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte de financiamento</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <source>Plan Cycle of %1</source>
        <translation>Planejar ciclo de %1</translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation>Sessões propostas</translation>
    </message>
    <message>
        <source>Four sessions over twelve months — matchmaking, sharing, learning and showcasing — each in the week of its date at the best time for every member city, with the default agenda of its kind. Double-click one to change it before the sessions are created.</source>
        <translation>Quatro sessões ao longo de doze meses — aproximação, compartilhamento, aprendizagem e apresentação — cada uma na semana de sua data, no melhor horário para todas as cidades participantes, com a pauta padrão do seu tipo. Clique duas vezes em uma para alterá-la antes de as sessões serem criadas.</translation>
    </message>
    <message>
        <source>First session in the &amp;week of:</source>
        <translation>Primeira sessão na &amp;semana de:</translation>
    </message>
    <message>
        <source>&amp;Create Sessions</source>
        <translation>&amp;Criar sessões</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message numerus="yes">
        <source>The pairing already has %n session(s); these follow them.</source>
        <translation>
            <numerusform>O pareamento já tem %n sessão; estas vêm depois dela.</numerusform>
            <numerusform>O pareamento já tem %n sessões; estas vêm depois delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Ainda sem horário</translation>
    </message>
    <message>
        <source>Session %1 · %2 · %3 min
%4</source>
        <translation>Sessão %1 · %2 · %3 min
%4</translation>
    </message>
    <message>
        <source>Plan cycle of %1</source>
        <translation>Planejar ciclo de %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your name is too long: at most %1 characters.</source>
        <translation>Seu nome é longo demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long: at most %1 characters.</source>
        <translation>O nome da organização é longo demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>O horário de trabalho deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Escolha pelo menos um dia útil.</translation>
    </message>
    <message>
        <source>Keep between 1 and 999 backups.</source>
        <translation>Mantenha entre 1 e 999 backups.</translation>
    </message>
    <message>
        <source>The app has no translation into “%1”.</source>
        <translation>O aplicativo não tem tradução para “%1”.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Written into the change log with every edit. Empty: your login name.</source>
        <translation>Gravado no registro de alterações a cada edição. Em branco: seu nome de login.</translation>
    </message>
    <message>
        <source>e.g. Urban Transitions Mission secretariat</source>
        <translation>ex.: secretariado da Urban Transitions Mission</translation>
    </message>
    <message>
        <source>Shown on the minutes and the progress report.</source>
        <translation>Exibido na ata e no relatório de progresso.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do horário de trabalho</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do horário de trabalho</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;até</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups a manter</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>A city you add starts with these working hours; the slot finder can change them per city.</source>
        <translation>Uma cidade adicionada começa com este horário de trabalho; o localizador de horários disponíveis pode alterá-lo para cada cidade.</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Horário de trabalho:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Dias úteis:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Manter os mais recentes:</translation>
    </message>
    <message>
        <source>of each database (also set in File ▸ Restore from Backup)</source>
        <translation>de cada banco de dados (também definido em Arquivo ▸ Restaurar de um backup)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>applies the next time the app starts</source>
        <translation>vale a partir da próxima vez que o aplicativo for aberto</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message>
        <source>Pairings by theme and stage</source>
        <translation>Pareamentos por tema e estágio</translation>
    </message>
    <message>
        <source>No pairings yet</source>
        <translation>Ainda não há pareamentos</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pareamentos</translation>
    </message>
    <message>
        <source>Pilots by theme and overall readiness</source>
        <translation>Pilotos por tema e prontidão geral</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Ainda não há pilotos</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>Pilots ready to pilot</source>
        <translation>Pilotos prontos para pilotar</translation>
    </message>
    <message>
        <source>Pilots ready to pilot: %1 of %2</source>
        <translation>Pilotos prontos para pilotar: %1 de %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <source>Sessions by theme: %1 held of %2 planned</source>
        <translation>Sessões por tema: %1 realizadas de %2 planejadas</translation>
    </message>
    <message>
        <source>Sessions by theme</source>
        <translation>Sessões por tema</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Planned, not held yet</source>
        <translation>Planejadas, ainda não realizadas</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>A planejar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Overdue action items by pairing</source>
        <translation>Ações atrasadas por pareamento</translation>
    </message>
    <message>
        <source>No overdue action items</source>
        <translation>Nenhuma ação atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%1 (top %2 of %n pairings)</source>
        <translation>
            <numerusform>%1 (os %2 principais de %n pareamento)</numerusform>
            <numerusform>%1 (os %2 principais de %n pareamentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Ações atrasadas</translation>
    </message>
    <message>
        <source>Overdue action items of %1</source>
        <translation>Ações atrasadas de %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeQueries</name>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>O pareamento não existe mais.</translation>
    </message>
    <message>
        <source>Unknown country code “%1”.</source>
        <translation>Código de país desconhecido “%1”.</translation>
    </message>
</context>
<context>
    <name>ProgressQueries</name>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Aproximação</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizagem</translation>
    </message>
    <message>
        <source>Showcasing</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Pilotagem</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>O pareamento não existe mais.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>UTM City2City</source>
        <translation>UTM City2City</translation>
    </message>
    <message>
        <source>Progress report — %1</source>
        <translation>Relatório de progresso — %1</translation>
    </message>
    <message>
        <source>A report can only be laid out in a graphical application (fonts need QGuiApplication).</source>
        <translation>Um relatório só pode ser diagramado em um aplicativo gráfico (as fontes precisam de QGuiApplication).</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>A página é pequena demais para o relatório.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>Não é possível começar a desenhar o relatório.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Não é possível iniciar a página %1 do relatório.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Written %1 UTC</source>
        <translation>Gerado em %1 UTC</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>Não é possível concluir o desenho do relatório.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Não é possível gravar %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <source>A theme of the programme</source>
        <translation>Um tema do programa</translation>
    </message>
    <message>
        <source>Every theme and pairing of the programme</source>
        <translation>Todos os temas e pareamentos do programa</translation>
    </message>
    <message>
        <source>Data as of %1 · written %2 UTC</source>
        <translation>Dados de %1 · gerado em %2 UTC</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pareamentos</translation>
    </message>
    <message>
        <source>Cities engaged</source>
        <translation>Cidades envolvidas</translation>
    </message>
    <message>
        <source>Countries engaged</source>
        <translation>Países envolvidos</translation>
    </message>
    <message>
        <source>Sessions held / planned</source>
        <translation>Sessões realizadas / planejadas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(planned: not cancelled; at least %1 per pairing)</source>
        <translation>(planejadas: não canceladas; pelo menos %1 por pareamento)</translation>
    </message>
    <message>
        <source>Sessions held this quarter</source>
        <translation>Sessões realizadas neste trimestre</translation>
    </message>
    <message>
        <source>(%1 – %2)</source>
        <translation>(%1 – %2)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>(people present at one session or more)</source>
        <translation>(pessoas presentes em uma ou mais sessões)</translation>
    </message>
    <message>
        <source>Action items closed / open / overdue</source>
        <translation>Ações concluídas / abertas / atrasadas</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>(of %1 agreed)</source>
        <translation>(de %1 acordadas)</translation>
    </message>
    <message>
        <source>Pilots at level %1 · %2</source>
        <translation>Pilotos no nível %1 · %2</translation>
    </message>
    <message>
        <source>(stage: %1)</source>
        <translation>(estágio: %1)</translation>
    </message>
    <message>
        <source>Pilots not assessed yet</source>
        <translation>Pilotos ainda não avaliados</translation>
    </message>
    <message>
        <source>Pilots ready to pilot</source>
        <translation>Pilotos prontos para pilotar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(%1 assessed)</source>
        <translation>(%1 avaliados)</translation>
    </message>
    <message>
        <source>Readiness rule.</source>
        <translation>Regra de prontidão.</translation>
    </message>
    <message>
        <source>%1 (version %2), levels: %3.</source>
        <translation>%1 (versão %2), níveis: %3.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Sessões do ciclo</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>Ainda não há sessões planejadas.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ainda sem data</translation>
    </message>
    <message>
        <source>No pairings in this scope.</source>
        <translation>Não há pareamentos neste escopo.</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Actions open / done / overdue</source>
        <translation>Ações abertas / concluídas / atrasadas</translation>
    </message>
    <message>
        <source>Pilots ready / total</source>
        <translation>Pilotos prontos / total</translation>
    </message>
    <message>
        <source>Lowest readiness</source>
        <translation>Menor prontidão</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>sem piloto</translation>
    </message>
    <message>
        <source>Red: fewer than four sessions planned, or action items overdue.</source>
        <translation>Vermelho: menos de quatro sessões planejadas ou ações atrasadas.</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>No pilots in this scope yet.</source>
        <translation>Ainda não há pilotos neste escopo.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall (avg)</source>
        <translation>Geral (méd.)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Levels of the latest assessment.</source>
        <translation>Níveis da avaliação mais recente.</translation>
    </message>
    <message>
        <source>Levels of the latest assessment. %1.</source>
        <translation>Níveis da avaliação mais recente. %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Red: below level %1, the level every dimension needs for the pilot to be ready.</source>
        <translation>Vermelho: abaixo do nível %1, o nível que toda dimensão precisa ter para o piloto estar pronto.</translation>
    </message>
    <message>
        <source>Pilot plans</source>
        <translation>Planos dos pilotos</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>No plan yet: %1.</source>
        <translation>Ainda sem plano: %1.</translation>
    </message>
</context>
<context>
    <name>ReadinessQueries</name>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>O piloto não existe mais.</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>lowest</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>average</source>
        <translation>média</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>maior</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>méd.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>Ready to pilot</source>
        <translation>Pronto para pilotar</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>abaixo de %1: %2</translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation>não avaliado: %1</translation>
    </message>
    <message>
        <source>Not ready — %1</source>
        <translation>Não pronto — %1</translation>
    </message>
</context>
<context>
    <name>RecentDatabasesMenu</name>
    <message>
        <source>Open Rec&amp;ent</source>
        <translation>Abrir recen&amp;te</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Limpar menu</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted); it was taken off the recent list.</source>
        <translation>%1 não está mais lá (foi movido ou excluído); ele foi retirado da lista de recentes.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. They are kept in %2.
Restoring replaces the data in the database with the backup&apos;s; the data there now is backed up first.</source>
        <translation>Backups de %1, mais recentes primeiro. Eles ficam em %2.
A restauração substitui os dados do banco de dados pelos do backup; antes disso, é feito um backup dos dados atuais.</translation>
    </message>
    <message>
        <source>No backups yet. One is made when the database is opened (once a day), before every update of its format, and with File › Back Up Now.</source>
        <translation>Ainda não há backups. Um backup é feito quando o banco de dados é aberto (uma vez por dia), antes de cada atualização do seu formato e com Arquivo › Fazer backup agora.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups a manter</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Manter os mais recentes</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup of %2?</source>
        <translation>Substituir os dados de %1 pelo backup de %2?</translation>
    </message>
    <message>
        <source>The data there now is backed up first, so this can be undone by restoring that backup. Open session windows are saved and closed.</source>
        <translation>Antes disso, é feito um backup dos dados atuais, de modo que esta operação pode ser desfeita restaurando esse backup. As janelas de sessão abertas são salvas e fechadas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>The readiness rubric is not valid: %1</source>
        <translation>A rubrica de prontidão não é válida: %1</translation>
    </message>
    <message>
        <source>Cannot read the readiness rubric %1: %2</source>
        <translation>Não é possível ler a rubrica de prontidão %1: %2</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 no caractere %2</translation>
    </message>
    <message>
        <source>the file does not hold one object</source>
        <translation>o arquivo não contém um único objeto</translation>
    </message>
    <message>
        <source>it needs an id, a name and a version of 1 or more</source>
        <translation>ela precisa de um id, um nome e uma versão igual ou maior que 1</translation>
    </message>
    <message>
        <source>it needs at least two levels</source>
        <translation>ela precisa de pelo menos dois níveis</translation>
    </message>
    <message>
        <source>levels must be whole numbers from 1 to 9, in order, without gaps</source>
        <translation>os níveis devem ser números inteiros de 1 a 9, em ordem, sem lacunas</translation>
    </message>
    <message>
        <source>level %1 has no name</source>
        <translation>o nível %1 não tem nome</translation>
    </message>
    <message>
        <source>it has no dimensions</source>
        <translation>ela não tem dimensões</translation>
    </message>
    <message>
        <source>every dimension needs an id and a name</source>
        <translation>toda dimensão precisa de um id e um nome</translation>
    </message>
    <message>
        <source>the dimension id &quot;%1&quot; is used twice</source>
        <translation>o id de dimensão &quot;%1&quot; é usado duas vezes</translation>
    </message>
    <message>
        <source>the dimension &quot;%1&quot; needs one descriptor for each of the %2 levels</source>
        <translation>a dimensão &quot;%1&quot; precisa de um descritor para cada um dos %2 níveis</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>toda fonte precisa de um título</translation>
    </message>
    <message>
        <source>the rules &quot;overall&quot; and &quot;shownBesideOverall&quot; must each be lowest, average or highest</source>
        <translation>as regras &quot;overall&quot; e &quot;shownBesideOverall&quot; devem ser, cada uma, lowest, average ou highest</translation>
    </message>
    <message>
        <source>the rule &quot;readyWhenEveryDimensionAtLeast&quot; must be a level of the scale</source>
        <translation>a regra &quot;readyWhenEveryDimensionAtLeast&quot; deve ser um nível da escala</translation>
    </message>
    <message>
        <source>the lowest level</source>
        <translation>o menor nível</translation>
    </message>
    <message>
        <source>the average level</source>
        <translation>o nível médio</translation>
    </message>
    <message>
        <source>the highest level</source>
        <translation>o maior nível</translation>
    </message>
    <message>
        <source>A pilot&apos;s overall readiness is %1 of its latest assessment (%2 is shown beside it). It is ready to pilot when every dimension is at level %3 or higher; a dimension left out of the assessment is not ready.</source>
        <translation>A prontidão geral de um piloto é %1 da sua avaliação mais recente (%2 é exibido ao lado). Ele está pronto para pilotar quando todas as dimensões estão no nível %3 ou acima; uma dimensão deixada fora da avaliação não está pronta.</translation>
    </message>
    <message>
        <source>The readiness rubric has no dimension &quot;%1&quot;.</source>
        <translation>A rubrica de prontidão não tem a dimensão &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A level of &quot;%1&quot; must be from %2 to %3, not %4.</source>
        <translation>Um nível de &quot;%1&quot; deve ser de %2 a %3, não %4.</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Readiness Rubric</source>
        <translation>Rubrica de prontidão</translation>
    </message>
    <message>
        <source>Readiness rubric</source>
        <translation>Rubrica de prontidão</translation>
    </message>
    <message>
        <source>Levels and programme stages</source>
        <translation>Níveis e estágios do programa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>O que se verifica</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensões</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Rubric “%1”, version %2.</source>
        <translation>Rubrica “%1”, versão %2.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>There is no kind “%1”. Kinds: %2.</source>
        <translation>Não existe o tipo “%1”. Tipos: %2.</translation>
    </message>
    <message>
        <source>Ask for at least one hit.</source>
        <translation>Peça pelo menos um resultado.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Search every pairing&apos;s minutes: lessons, decisions, good practices, actions…</source>
        <translation>Pesquisar nas atas de todos os pareamentos: lições, decisões, boas práticas, ações…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Type words to find them in every session&apos;s minutes.</source>
        <translation>Digite palavras para encontrá-las nas atas de todas as sessões.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <source>Found: %1 (best first). Enter opens the session at that entry.</source>
        <translation>Encontrados: %1 (melhores primeiro). Enter abre a sessão nesse registro.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Action item</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>%1 · Session %2</source>
        <translation>%1 · Sessão %2</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Session %1 has no date and time yet.</source>
        <translation>A sessão %1 ainda não tem data e hora.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>UTM City2City pairing %1: %2</source>
        <translation>Pareamento UTM City2City %1: %2</translation>
    </message>
    <message>
        <source>Local start:</source>
        <translation>Início local:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Agenda (UTC):</source>
        <translation>Pauta (UTC):</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Definir</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>e.g. Kick-off: our cities&apos; challenges</source>
        <translation>ex.: Abertura: os desafios das nossas cidades</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Venue of an in-person or hybrid session</source>
        <translation>Local de uma sessão presencial ou híbrida</translation>
    </message>
    <message>
        <source>Apply a template…</source>
        <translation>Aplicar um modelo…</translation>
    </message>
    <message>
        <source>&amp;Find a Time…</source>
        <translation>&amp;Encontrar um horário…</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>&amp;Pareamento:</translation>
    </message>
    <message>
        <source>&amp;Number in the cycle:</source>
        <translation>&amp;Número no ciclo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Start (UT&amp;C):</source>
        <translation>Início (UT&amp;C):</translation>
    </message>
    <message>
        <source>Local times:</source>
        <translation>Horários locais:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidade:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Salvar como &amp;modelo…</translation>
    </message>
    <message>
        <source>A&amp;genda (drag blocks to reorder):</source>
        <translation>P&amp;auta (arraste os blocos para reordenar):</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Ainda sem horário</translation>
    </message>
    <message>
        <source>Agenda: %1 of %2 min</source>
        <translation>Pauta: %1 de %2 min</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Salvar como modelo</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nome do modelo:</translation>
    </message>
</context>
<context>
    <name>SessionNotesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The session no longer exists.</source>
        <translation>A sessão não existe mais.</translation>
    </message>
    <message>
        <source>The pairing already has a session number %1.</source>
        <translation>O pareamento já tem uma sessão número %1.</translation>
    </message>
    <message>
        <source>The session&apos;s pairing no longer exists.</source>
        <translation>O pareamento da sessão não existe mais.</translation>
    </message>
    <message>
        <source>An agenda block with minutes written under it cannot be removed.</source>
        <translation>Um bloco da pauta com registros de ata não pode ser removido.</translation>
    </message>
    <message>
        <source>The session has minutes, attendance, action items or readiness assessments; it was not deleted. Set its status to cancelled instead.</source>
        <translation>A sessão tem ata, presença, ações ou avaliações de prontidão; ela não foi excluída. Em vez disso, defina sua situação como cancelada.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (unknown time zone)</source>
        <translation>%1 (fuso horário desconhecido)</translation>
    </message>
    <message>
        <source>%1: unknown time zone “%2”</source>
        <translation>%1: fuso horário desconhecido “%2”</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Ainda sem horário</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Horários locais</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidade</translation>
    </message>
</context>
<context>
    <name>SessionWorkspace</name>
    <message>
        <source>— no particular city —</source>
        <translation>— nenhuma cidade específica —</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Entries of the agenda block</source>
        <translation>Registros do bloco da pauta</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>Texto do registro (Markdown)</translation>
    </message>
    <message>
        <source>Type here; it is saved as you type. Markdown: **bold**, - lists, [links](https://…)</source>
        <translation>Digite aqui; o texto é salvo enquanto você digita. Markdown: **negrito**, - listas, [links](https://…)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Action items of the session</source>
        <translation>Ações da sessão</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>P&amp;auta</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>New entry: %1 (Ctrl+Shift+%2)</source>
        <translation>Novo registro: %1 (Ctrl+Shift+%2)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <source>Action &amp;Item…</source>
        <translation>&amp;Ação…</translation>
    </message>
    <message>
        <source>An action item from this entry (Ctrl+Shift+A)</source>
        <translation>Uma ação a partir deste registro (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Adicionar &amp;pessoa…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Attendance, actions and history</source>
        <translation>Presença, ações e histórico</translation>
    </message>
    <message>
        <source>Attendance and Actions</source>
        <translation>Presença e ações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>The minutes as a PDF to send to every city</source>
        <translation>A ata em PDF para enviar a todas as cidades</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Assess Pilo&amp;t…</source>
        <translation>Avaliar pilo&amp;to…</translation>
    </message>
    <message>
        <source>Assess a member city&apos;s pilot on the readiness rubric at this session</source>
        <translation>Avaliar nesta sessão o piloto de uma cidade participante com a rubrica de prontidão</translation>
    </message>
    <message>
        <source>No pilots yet: add them in the pairing&apos;s Pilots tab</source>
        <translation>Ainda não há pilotos: adicione-os na aba Pilotos do pareamento</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Next agenda block</source>
        <translation>Próximo bloco da pauta</translation>
    </message>
    <message>
        <source>Previous agenda block</source>
        <translation>Bloco anterior da pauta</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Salvar agora</translation>
    </message>
    <message>
        <source>%1 · Session %2: %3</source>
        <translation>%1 · Sessão %2: %3</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Sessão inteira</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar ata</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 gravado</translation>
    </message>
    <message>
        <source>Assessment saved: it appears in the pilot&apos;s history and in these minutes.</source>
        <translation>Avaliação salva: ela aparece no histórico do piloto e nesta ata.</translation>
    </message>
    <message>
        <source>nothing typed yet</source>
        <translation>nada digitado ainda</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>salvo %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1
Close and lose them?</source>
        <translation>Não foi possível salvar as últimas alterações: %1
Fechar e perdê-las?</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All pairings</source>
        <translation>Todos os pareamentos</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;atas:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pareamento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Sessões do dia escolhido</translation>
    </message>
    <message>
        <source>Sessions as a list, a month or a cycle</source>
        <translation>Sessões em lista, por mês ou por ciclo</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <source>Agenda of the selected session</source>
        <translation>Pauta da sessão selecionada</translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation>&amp;Abrir sessão</translation>
    </message>
    <message>
        <source>Run the session: minutes, attendance and action items (Enter)</source>
        <translation>Conduzir a sessão: ata, presença e ações (Enter)</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Plan Cycle…</source>
        <translation>&amp;Planejar ciclo…</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Exportar calen&amp;dário…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>Exportar a&amp;tas…</translation>
    </message>
    <message>
        <source>The minutes as PDFs: of the chosen pairing, of every session of the chosen status, or of the selected session</source>
        <translation>As atas em PDF: do pareamento escolhido, de todas as sessões na situação escolhida ou da sessão selecionada</translation>
    </message>
    <message>
        <source>The default agendas of each kind of session</source>
        <translation>As pautas padrão de cada tipo de sessão</translation>
    </message>
    <message>
        <source>Propose the four sessions of the chosen pairing&apos;s cycle</source>
        <translation>Propor as quatro sessões do ciclo do pareamento escolhido</translation>
    </message>
    <message>
        <source>Write the selected session, or the chosen pairing&apos;s whole cycle, as an .ics file</source>
        <translation>Gravar a sessão selecionada, ou o ciclo inteiro do pareamento escolhido, como arquivo .ics</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessões: %1</translation>
    </message>
    <message>
        <source>No sessions yet. Choose a pairing and Plan Cycle, or add a session.</source>
        <translation>Ainda não há sessões. Escolha um pareamento e Planejar ciclo, ou adicione uma sessão.</translation>
    </message>
    <message>
        <source>Select a session.</source>
        <translation>Selecione uma sessão.</translation>
    </message>
    <message>
        <source>%1 · Session %2: %3</source>
        <translation>%1 · Sessão %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>No date and time yet.</source>
        <translation>Ainda sem data e hora.</translation>
    </message>
    <message>
        <source>%1 UTC · %2 #%3 %4 (%5)</source>
        <translation>%1 UTC · %2 #%3 %4 (%5)</translation>
    </message>
    <message>
        <source>No sessions on %1</source>
        <translation>Nenhuma sessão em %1</translation>
    </message>
    <message>
        <source>Choose a pairing above to see its cycle.</source>
        <translation>Escolha um pareamento acima para ver o ciclo dele.</translation>
    </message>
    <message>
        <source>Added session %1.</source>
        <translation>Sessão %1 adicionada.</translation>
    </message>
    <message>
        <source>Saved session %1.</source>
        <translation>Sessão %1 salva.</translation>
    </message>
    <message>
        <source>Deleted the session. Undo brings it back with its agenda.</source>
        <translation>Sessão excluída. Desfazer a traz de volta com a pauta.</translation>
    </message>
    <message>
        <source>Choose the pairing whose cycle you want to plan in the list above.</source>
        <translation>Escolha na lista acima o pareamento cujo ciclo você quer planejar.</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n session(s). Undo removes them together.</source>
        <translation>
            <numerusform>%n sessão planejada. Desfazer a remove.</numerusform>
            <numerusform>%n sessões planejadas. Desfazer remove todas juntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pairing or a status (e.g. Held), or select a session, whose minutes to export.</source>
        <translation>Escolha um pareamento ou uma situação (ex.: Realizada), ou selecione uma sessão, cujas atas serão exportadas.</translation>
    </message>
    <message>
        <source>Export Minutes to Folder</source>
        <translation>Exportar atas para uma pasta</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>%n arquivo PDF gravado em %1.</numerusform>
            <numerusform>%n arquivos PDF gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Gravando as atas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelado após %n arquivo.</numerusform>
            <numerusform>Cancelado após %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: choose a pairing with scheduled sessions, or select a session that has a date and time.</source>
        <translation>Nada a exportar: escolha um pareamento com sessões agendadas ou selecione uma sessão que tenha data e hora.</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>UTM City2City %1</source>
        <translation>UTM City2City %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1.</source>
        <translation>
            <numerusform>%n sessão gravada em %1.</numerusform>
            <numerusform>%n sessões gravadas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 não é dia útil</translation>
    </message>
    <message>
        <source>starts %1 before %2</source>
        <translation>começa %1 antes das %2</translation>
    </message>
    <message>
        <source>ends %1 after %2</source>
        <translation>termina %1 depois das %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Choose at least one city.</source>
        <translation>Escolha pelo menos uma cidade.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (%2).</source>
        <translation>“%1” não é um fuso horário conhecido (%2).</translation>
    </message>
    <message>
        <source>The working hours of %1 must end after they start.</source>
        <translation>O horário de trabalho de %1 deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>%1 has no working days.</source>
        <translation>%1 não tem dias úteis.</translation>
    </message>
    <message>
        <source>%1 has an unknown working day (%2).</source>
        <translation>%1 tem um dia útil desconhecido (%2).</translation>
    </message>
    <message>
        <source>The meeting needs a duration of at least one minute.</source>
        <translation>A reunião precisa durar pelo menos um minuto.</translation>
    </message>
    <message>
        <source>A meeting cannot be longer than a day.</source>
        <translation>Uma reunião não pode durar mais de um dia.</translation>
    </message>
    <message>
        <source>Choose the first and the last date to search.</source>
        <translation>Escolha a primeira e a última data da pesquisa.</translation>
    </message>
    <message>
        <source>The last date is before the first date.</source>
        <translation>A última data é anterior à primeira.</translation>
    </message>
    <message numerus="yes">
        <source>Search at most %n day(s) at a time.</source>
        <translation>
            <numerusform>Pesquise no máximo %n dia por vez.</numerusform>
            <numerusform>Pesquise no máximo %n dias por vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <source>Find a Time</source>
        <translation>Encontrar um horário</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dias úteis</translation>
    </message>
    <message>
        <source>Each city&apos;s working hours in its own local time; changes are remembered.</source>
        <translation>O horário de trabalho de cada cidade no seu horário local; as alterações são lembradas.</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Horários propostos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>&amp;Use This Time</source>
        <translation>&amp;Usar este horário</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working hours&lt;/b&gt; (local time of each city)</source>
        <translation>&lt;b&gt;Horário de trabalho&lt;/b&gt; (horário local de cada cidade)</translation>
    </message>
    <message>
        <source>Working days of %1</source>
        <translation>Dias úteis de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Times inside every city&apos;s working hours, best first (the city closest to the edge of its day has the most room):</source>
        <translation>Horários dentro do horário de trabalho de todas as cidades, melhores primeiro (a cidade mais próxima do limite do seu dia tem a maior folga):</translation>
    </message>
    <message>
        <source>&lt;b&gt;No time in these days falls inside every city&apos;s working hours.&lt;/b&gt; The closest, with who would be outside their hours:</source>
        <translation>&lt;b&gt;Nenhum horário nestes dias fica dentro do horário de trabalho de todas as cidades.&lt;/b&gt; Os mais próximos, com quem ficaria fora do seu horário:</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
</context>
<context>
    <name>SyntheticProgramme</name>
    <message>
        <source>The new database lacks themes, countries or the rubric.</source>
        <translation>O novo banco de dados não tem temas, países ou a rubrica.</translation>
    </message>
    <message>
        <source>The number of pairings must be from 1 to %1.</source>
        <translation>O número de pareamentos deve ser de 1 a %1.</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new file and never overwrites one.</source>
        <translation>%1 já existe; generate grava um novo arquivo e nunca sobrescreve um existente.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The new database could not be completed (its log was not written back).</source>
        <translation>Não foi possível concluir o novo banco de dados (o log dele não foi gravado de volta).</translation>
    </message>
    <message>
        <source>Could not move the new database to %1.</source>
        <translation>Não foi possível mover o novo banco de dados para %1.</translation>
    </message>
    <message>
        <source>The new database is not an SQLite connection.</source>
        <translation>O novo banco de dados não é uma conexão SQLite.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Session Template</source>
        <translation>Modelo de sessão</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>For &amp;sessions of kind:</source>
        <translation>Para &amp;sessões do tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Blocks (drag to reorder):</source>
        <translation>&amp;Blocos (arraste para reordenar):</translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation>Total: %1 min</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no template for %1 sessions.</source>
        <translation>Não há modelo para sessões do tipo %1.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>O modelo não existe mais.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Um modelo precisa de um nome.</translation>
    </message>
    <message>
        <source>Unknown session kind “%1”.</source>
        <translation>Tipo de sessão desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Every block of a template needs a title and a duration.</source>
        <translation>Todo bloco de um modelo precisa de um título e uma duração.</translation>
    </message>
    <message>
        <source>There is already a template named %1.</source>
        <translation>Já existe um modelo chamado %1.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Session Templates</source>
        <translation>Modelos de sessão</translation>
    </message>
    <message>
        <source>Session templates</source>
        <translation>Modelos de sessão</translation>
    </message>
    <message>
        <source>A new session starts from the template of its kind: your own before the one that came with the app. Save a session&apos;s agenda as a template from the session dialog.</source>
        <translation>Uma nova sessão começa a partir do modelo do seu tipo: o seu próprio tem prioridade sobre o que veio com o aplicativo. Salve a pauta de uma sessão como modelo a partir da caixa de diálogo da sessão.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n block(s), %3 min%4</source>
        <translation>
            <numerusform>%1 — %2, %n bloco, %3 min%4</numerusform>
            <numerusform>%1 — %2, %n blocos, %3 min%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (shipped with the app)</source>
        <translation> (incluído no aplicativo)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>City2City Facilitator User Guide</source>
        <translation>Guia do usuário do City2City Facilitator</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texto do guia do usuário</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Su&amp;mário</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A city needs a name.</source>
        <translation>Uma cidade precisa de um nome.</translation>
    </message>
    <message>
        <source>The city name is too long (at most 200 characters).</source>
        <translation>O nome da cidade é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Choose the country of %1.</source>
        <translation>Escolha o país de %1.</translation>
    </message>
    <message>
        <source>The population must be a positive number, or left unknown.</source>
        <translation>A população deve ser um número positivo ou ficar como desconhecida.</translation>
    </message>
    <message>
        <source>Choose the time zone of %1 (an IANA id such as Europe/Kyiv).</source>
        <translation>Escolha o fuso horário de %1 (um ID IANA como Europe/Kyiv).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Use an IANA id such as Europe/Kyiv or Asia/Kathmandu.</source>
        <translation>“%1” não é um fuso horário conhecido. Use um ID IANA como Europe/Kyiv ou Asia/Kathmandu.</translation>
    </message>
    <message>
        <source>Unknown cohort status “%1”.</source>
        <translation>Situação na coorte desconhecida “%1”.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Uma pessoa precisa de um nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>O nome é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Choose the role of %1.</source>
        <translation>Escolha a função de %1.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>A pairing needs a code, such as E-07.</source>
        <translation>Um pareamento precisa de um código, como E-07.</translation>
    </message>
    <message>
        <source>The pairing code is too long (at most 20 characters).</source>
        <translation>O código do pareamento é longo demais (no máximo 20 caracteres).</translation>
    </message>
    <message>
        <source>Choose the theme of the pairing.</source>
        <translation>Escolha o tema do pareamento.</translation>
    </message>
    <message>
        <source>Describe the challenge the cities work on together.</source>
        <translation>Descreva o desafio em que as cidades trabalham juntas.</translation>
    </message>
    <message>
        <source>Unknown pairing status “%1”.</source>
        <translation>Situação de pareamento desconhecida “%1”.</translation>
    </message>
    <message>
        <source>A city can appear only once in a pairing.</source>
        <translation>Uma cidade só pode aparecer uma vez em um pareamento.</translation>
    </message>
    <message numerus="yes">
        <source>Pairings in the programme have 2 to 4 cities; this one has %n.</source>
        <translation>
            <numerusform>Os pareamentos do programa têm de 2 a 4 cidades; este tem %n.</numerusform>
            <numerusform>Os pareamentos do programa têm de 2 a 4 cidades; este tem %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the pairing the session belongs to.</source>
        <translation>Escolha o pareamento ao qual a sessão pertence.</translation>
    </message>
    <message>
        <source>Unknown session kind “%1”.</source>
        <translation>Tipo de sessão desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Unknown session status “%1”.</source>
        <translation>Situação de sessão desconhecida “%1”.</translation>
    </message>
    <message>
        <source>Unknown session mode “%1”.</source>
        <translation>Modalidade de sessão desconhecida “%1”.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <source>The session title is too long (at most 200 characters).</source>
        <translation>O título da sessão é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>A scheduled or held session needs a date and time.</source>
        <translation>Uma sessão agendada ou realizada precisa de data e hora.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” não é um fuso horário conhecido.</translation>
    </message>
    <message>
        <source>“%1” is not a web link; use the meeting&apos;s https:// address.</source>
        <translation>“%1” não é um link da web; use o endereço https:// da reunião.</translation>
    </message>
    <message>
        <source>Agenda item %1 needs a title.</source>
        <translation>O item %1 da pauta precisa de um título.</translation>
    </message>
    <message>
        <source>Agenda item “%1” has an impossible duration.</source>
        <translation>O item da pauta “%1” tem uma duração impossível.</translation>
    </message>
    <message>
        <source>The agenda takes %1 min but the session lasts %2 min.</source>
        <translation>A pauta ocupa %1 min, mas a sessão dura %2 min.</translation>
    </message>
    <message>
        <source>An in-person or hybrid session needs a venue.</source>
        <translation>Uma sessão presencial ou híbrida precisa de um local.</translation>
    </message>
    <message>
        <source>The session has no meeting link yet.</source>
        <translation>A sessão ainda não tem link da reunião.</translation>
    </message>
    <message>
        <source>Choose the session the entry belongs to.</source>
        <translation>Escolha a sessão à qual o registro pertence.</translation>
    </message>
    <message>
        <source>An entry of the minutes needs some text.</source>
        <translation>Um registro da ata precisa de algum texto.</translation>
    </message>
    <message>
        <source>Unknown kind of entry “%1”. Kinds: %2.</source>
        <translation>Tipo de registro desconhecido “%1”. Tipos: %2.</translation>
    </message>
    <message>
        <source>The position of an entry cannot be negative.</source>
        <translation>A posição de um registro não pode ser negativa.</translation>
    </message>
    <message>
        <source>Choose the session and the person.</source>
        <translation>Escolha a sessão e a pessoa.</translation>
    </message>
    <message>
        <source>Unknown attendance “%1”. Use one of: %2.</source>
        <translation>Presença desconhecida “%1”. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>Choose the session the action item comes from.</source>
        <translation>Escolha a sessão de origem da ação.</translation>
    </message>
    <message>
        <source>An action item needs a description of what is to be done.</source>
        <translation>Uma ação precisa de uma descrição do que deve ser feito.</translation>
    </message>
    <message>
        <source>The description is too long (at most 2000 characters).</source>
        <translation>A descrição é longa demais (no máximo 2000 caracteres).</translation>
    </message>
    <message>
        <source>Unknown action status “%1”. Use one of: %2.</source>
        <translation>Situação de ação desconhecida “%1”. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>O prazo não é uma data válida.</translation>
    </message>
    <message>
        <source>Only an action item that is done has a done date.</source>
        <translation>Somente uma ação concluída tem data de conclusão.</translation>
    </message>
    <message>
        <source>The done date is not a valid date.</source>
        <translation>A data de conclusão não é uma data válida.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City representative</source>
        <translation>Representante da cidade</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In the UTM cohort</source>
        <translation>Na coorte UTM</translation>
    </message>
    <message>
        <source>Joining the cohort</source>
        <translation>Entrando na coorte</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ex-participante</translation>
    </message>
    <message>
        <source>Matchmaking / kick-off</source>
        <translation>Aproximação / abertura</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizagem</translation>
    </message>
    <message>
        <source>Showcasing</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Study visit (in person)</source>
        <translation>Visita de estudo (presencial)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Insight / lesson learned</source>
        <translation>Aprendizado / lição aprendida</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Boa prática</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ausência justificada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>WorkingHoursStore</name>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>O horário de trabalho deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Escolha pelo menos um dia útil.</translation>
    </message>
    <message>
        <source>The city no longer exists.</source>
        <translation>A cidade não existe mais.</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>não é possível gravar na pasta %1</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (is the disk full?)</source>
        <translation>não é possível gravar o arquivo de bloqueio %1 (o disco está cheio?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>City2City Facilitator</source>
        <translation>City2City Facilitator</translation>
    </message>
    <message>
        <source>Plan, run and follow up the pairings of the UTM City2City programme.</source>
        <translation>Planeje, conduza e acompanhe os pareamentos do programa UTM City2City.</translation>
    </message>
    <message>
        <source>Open this database file (created and seeded if missing).</source>
        <translation>Abrir este arquivo de banco de dados (criado e preenchido com dados iniciais se não existir).</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>O arquivo de banco de dados a abrir, como com --database.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>It has a good backup of %1. Restoring it keeps the file that does not open, unchanged, in the backups folder.</source>
        <translation>Há um backup válido de %1. Restaurá-lo mantém o arquivo que não abre, sem alterações, na pasta de backups.</translation>
    </message>
    <message>
        <source>&amp;Restore That Backup</source>
        <translation>&amp;Restaurar esse backup</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file that did not open is kept as %2.</source>
        <translation>O backup de %1 foi restaurado. O arquivo que não abriu foi mantido como %2.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir banco de dados</translation>
    </message>
</context>
</TS>
