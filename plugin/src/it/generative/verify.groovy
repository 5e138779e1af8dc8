// Every contender ran on the random llama; the prompting baselines scored label likelihoods and every
// user's LoRA module is an HF PEFT CAUSAL_LM module recording the template and the label words.
// interop/check then predicts with those modules in Python (interop/check_generative.py).
import groovy.json.JsonSlurper

def slurper = new JsonSlurper()
def board = slurper.parse(new File(basedir, 'target/peftu/results.json')).benchmarks[0]
assert board.methods.collect { it.name } == ['lora', 'ia3', 'prompt-tuning', 'prefix-tuning', 'p-tuning', 'zero-shot', 'few-shot', 'retrieval-prompt']
board.methods.findAll { it.name.contains('shot') || it.name == 'retrieval-prompt' }.each {
    assert it.settings.scoring == 'label-likelihood' : "${it.name} prompted the model"
}
['ana', 'ben', 'cy'].each { user ->
    def config = slurper.parse(new File(basedir, "target/peftu/modules/generative/lora/$user/adapter_config.json"))
    assert config.task_type == 'CAUSAL_LM'
    assert config.peftu_verbalizations == [' yes', ' no']
    assert config.peftu_prompt_template.endsWith('Post: {text}\nAnswer:')
}
return true
