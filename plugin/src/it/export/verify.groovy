// The export holds the base model in HF layout, every PEFT module of the board, the loader and the
// README; the failed second export named the unknown user and wrote nothing.
import groovy.json.JsonSlurper

def export = new File(basedir, 'target/peftu/export')
['base/config.json', 'base/model.safetensors', 'base/tokenizer.json', 'peftu_loader.py', 'README.md'].each {
    assert new File(export, it).isFile() : "missing $it"
}
def slurper = new JsonSlurper()
assert slurper.parse(new File(export, 'base/config.json')).model_type == 'bert'
assert slurper.parse(new File(export, 'base/tokenizer.json')).padding == null : 'the fixed padding is removed'
def index = slurper.parse(new File(export, 'peftu_export.json'))
def methods = ['lora', 'ia3', 'prompt-tuning', 'prefix-tuning', 'p-tuning', 'adapter', 'pfeiffer', 'head',
               'dora', 'pissa', 'lora-plus', 'rslora']
assert index.modules.collect { it.label }.unique() == methods
assert index.modules.size() == methods.size() * 3 : 'every user of every method'
def base = new File(export, 'base').canonicalPath
index.modules.each {
    def config = slurper.parse(new File(export, it.directory + '/adapter_config.json'))
    assert config.base_model_name_or_path == base : "${it.directory} names the exported base"
    assert new File(export, it.directory + '/adapter_model.safetensors').isFile()
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu.export.users: [nobody] not in')
assert !new File(basedir, 'target/peftu/export-nobody').exists()
return true
